"""Workbooks that are small on disk and huge inside, built with zipfile directly."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"


def bomb(path: Path, header: list[str], text_bytes: int, *, step: int = 1 << 20) -> Path:
    """A real workbook (written by openpyxl) whose first sheet's second row holds one
    inline string of ``text_bytes`` letters, streamed into the zip compressed."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    plain = io.BytesIO()
    book.save(plain)
    cells = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{h}</t></is></c>'
                    for i, h in enumerate(header))
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(
            path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in src.infolist():
            if info.filename != SHEET:
                out.writestr(info.filename, src.read(info.filename))
                continue
            with out.open(SHEET, "w", force_zip64=True) as f:
                f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
                        b'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                        b'<row r="1">' + cells.encode() + b'</row><row r="2">'
                        b'<c r="A2" t="inlineStr"><is><t>')
                chunk = b"A" * step
                left = text_bytes
                while left > 0:
                    f.write(chunk[:left])
                    left -= step
                f.write(b"</t></is></c></row></sheetData></worksheet>")
    return path


def lying_sizes(path: Path, declared: int) -> Path:
    """The same workbook, its central directory claiming ``declared`` bytes for every
    part (a zip's stated sizes are the sender's word, not a fact)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        infos = zf.infolist()
        end = data.rfind(b"PK\x05\x06")
        offset = int.from_bytes(data[end + 16:end + 20], "little")
    pos = offset
    for _info in infos:
        assert data[pos:pos + 4] == b"PK\x01\x02"
        data[pos + 24:pos + 28] = declared.to_bytes(4, "little")  # uncompressed size
        n, m, k = (int.from_bytes(data[pos + i:pos + i + 2], "little") for i in (28, 30, 32))
        pos += 46 + n + m + k
    path.write_bytes(bytes(data))
    return path


def with_shared_strings(path: Path, count: int) -> Path:
    """The workbook with a shared-string table of ``count`` tiny texts added (Excel
    writes text cells this way; openpyxl keeps the whole table in memory)."""
    data = io.BytesIO(path.read_bytes())
    with zipfile.ZipFile(data) as src, zipfile.ZipFile(
            path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info.filename))
        out.writestr("xl/sharedStrings.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
            f'.org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">'
            + "".join(f"<si><t>{i}</t></si>" for i in range(count)) + "</sst>").encode())
    return path
