"""Reading the tables an office sends: CSV in the encodings and separators spreadsheet
programs save, and XLSX workbooks within bounds.

Shared by the legacy import (app/services/imports/legacy.py) and the directory import
(app/services/directory/files.py).

- **CSV.** UTF-8 with or without a BOM, UTF-16 (with a BOM, or without one when the
  content says so), or Windows-1251 (what Excel in Russian or Belarusian settings saves
  as "CSV"). Anything else is refused, never guessed into mojibake. The separator is
  a comma, a semicolon or a tab, whichever the first lines use consistently.
- **XLSX.** A workbook is a zip of XML files; a small one can inflate into gigabytes
  (a 1.5 MB file holding a 1.5 GB string). Before openpyxl reads anything, every
  member's declared size and its actual size (inflated in 1 MB steps, stopping at the
  cap) are checked, no text run of the XML (a cell's text, a shared string) may be
  longer than a cell can be, and the shared-string table (which openpyxl keeps in
  memory whole) holds at most a million texts. Rows and columns are bounded by the
  readers.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass

MAX_CELL = 100_000
"""Longest cell accepted, in characters."""
MAX_COLUMNS = 500
"""Most columns a row may have."""
MAX_XLSX_MEMBER = 256 * 1024 * 1024
"""Largest uncompressed part of a workbook (a sheet's XML, the shared strings)."""
MAX_XLSX_TOTAL = 512 * 1024 * 1024
"""Largest uncompressed workbook, all parts together."""
MAX_XLSX_MEMBERS = 2_000
MAX_SHARED_STRINGS = 1_000_000
"""Most different texts a workbook's shared-string table may hold: openpyxl keeps them
all in memory (a 200,000-row table has far fewer distinct texts)."""
MAX_XML_RUN = MAX_CELL * 8
"""Longest stretch of a workbook's XML between two tags, in bytes: a cell's text at
its longest, even written with XML escapes (&#1046; is 7 bytes for one letter)."""
_STEP = 1 << 20
_CHAOS = 0.1
"""How much "noise" charset-normalizer may see in a Windows-1251 reading (Polish
Windows-1250 read as 1251 scores 0.14; Russian text 0.0)."""

ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16",
    "cp1251": "Windows-1251",
}
DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}


class TableFileError(Exception):
    """The file cannot be read as a table. ``code`` and ``params`` let the app say it
    in the user's language; the message is English (the command line's)."""

    def __init__(self, code: str, message: str, **params: object):
        super().__init__(message)
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}


@dataclass(frozen=True)
class Text:
    """A CSV file's text and how it was read."""

    text: str
    encoding: str  # a key of ENCODING_NAMES
    delimiter: str  # a key of DELIMITER_NAMES

    def describe(self) -> str:
        """For the command line: "Windows-1251, cells separated by semicolons"."""
        return (f"{ENCODING_NAMES[self.encoding]}, cells separated by "
                f"{DELIMITER_NAMES[self.delimiter]}")


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in."""
    encoding = ("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-16"
                if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "")
    if encoding:  # a byte order mark says which
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise TableFileError("bad_encoding", f"not readable as {ENCODING_NAMES[encoding]} "
                                 f"text (byte {exc.start + 1})", byte=exc.start + 1,
                                 encoding=encoding) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(_sample(data), cp_isolation=["cp1251", "utf_16_le", "utf_16_be"],
                      threshold=_CHAOS).best()
    if best is not None and best.encoding in ("cp1251", "utf_16_le", "utf_16_be"):
        codec = best.encoding.replace("_", "-")
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = ""
        if text and (codec != "cp1251" or _plausible_cyrillic(text)):
            return text, "cp1251" if codec == "cp1251" else "utf-16"
    raise TableFileError("bad_encoding", "not UTF-8, UTF-16 or Windows-1251 text; save the "
                         "file as “CSV UTF-8”")


SAMPLE = 1 << 20
"""How much of a file the encoding is guessed from (the whole file is then decoded)."""


def _sample(data: bytes) -> bytes:
    """The first megabyte ended at a line break (an even number of bytes, for UTF-16):
    a sample cut in the middle of a line made a long Windows-1251 file look like no
    encoding at all."""
    if len(data) <= SAMPLE:
        return data
    sample = data[:SAMPLE]
    end = sample.rfind(b"\n")
    return sample[:(end + 1) // 2 * 2] if end > 0 else sample


_WORD = re.compile(r"[^\W\d_]+")
_NOT_RU_BE_UK = frozenset("ЂЃЉЊЌЋЏђѓљњќћџЈјЅѕ")


def _plausible_cyrillic(text: str) -> bool:
    """Whether text read as Windows-1251 looks like Russian, Belarusian or Ukrainian:
    no Serbian or Macedonian letters, and no word mixing Latin and Cyrillic letters
    (Polish "Łódź" read as 1251 is "Јуdџ")."""
    if any(ch in _NOT_RU_BE_UK for ch in text):
        return False
    for word in _WORD.findall(text):
        if not word.isascii() and any(ch.isascii() for ch in word):
            return False
    return True


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: what the first lines use (csv.Sniffer), else what the
    first non-empty line holds most of."""
    sample = text[:64 * 1024]
    first = next((line for line in sample.splitlines() if line.strip()), "")
    try:
        found = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        found = ""
    if found in DELIMITER_NAMES and found in first:
        return found
    counts = {d: first.count(d) for d in DELIMITER_NAMES}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_text(data: bytes) -> Text:
    text, encoding = decode(data)
    if "\x00" in text:
        raise TableFileError("not_text", "not a text file (it contains NUL characters)")
    return Text(text, encoding, sniff_delimiter(text))


def check_xlsx(data: bytes) -> None:
    """Refuse a workbook whose parts would inflate beyond the bounds, before openpyxl
    reads any of it. Raises :class:`TableFileError` (``too_large``) or returns."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_XLSX_MEMBERS:
                raise _too_large(f"more than {MAX_XLSX_MEMBERS} parts")
            declared = 0
            for info in infos:
                declared += info.file_size
                if info.file_size > MAX_XLSX_MEMBER or declared > MAX_XLSX_TOTAL:
                    raise _too_large("it would inflate to more than "
                                     f"{MAX_XLSX_TOTAL // (1024 * 1024)} MB")
            actual = 0
            for info in infos:
                actual += _inflate_checked(zf, info, MAX_XLSX_TOTAL - actual)
    except TableFileError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise TableFileError("bad_xlsx", f"not a readable XLSX workbook "
                             f"({type(exc).__name__})") from exc


def _inflate_checked(zf: zipfile.ZipFile, info: zipfile.ZipInfo, room: int) -> int:
    """Inflate one part in steps, stopping at the caps; its real size."""
    size = 0
    run = 0  # bytes since the last "<"
    xml = info.filename.lower().endswith((".xml", ".rels"))
    shared = info.filename.lower().endswith("sharedstrings.xml")
    strings = 0
    with zf.open(info) as f:
        while chunk := f.read(_STEP):
            size += len(chunk)
            if shared:
                strings += chunk.count(b"<si>") + chunk.count(b"<si ")
                if strings > MAX_SHARED_STRINGS:
                    raise _too_large(f"more than {MAX_SHARED_STRINGS:,} different texts")
            if size > MAX_XLSX_MEMBER or size > room:
                raise _too_large("it inflates to more than "
                                 f"{min(MAX_XLSX_MEMBER, room) // (1024 * 1024)} MB")
            if xml:
                last = chunk.rfind(b"<")
                if last < 0:
                    run += len(chunk)
                else:
                    first = chunk.find(b"<")
                    longest = max((len(p) for p in chunk[first + 1:last].split(b"<")),
                                  default=0)
                    if max(run + first, longest) > MAX_XML_RUN:
                        run = MAX_XML_RUN + 1
                    else:
                        run = len(chunk) - last - 1
                if run > MAX_XML_RUN:
                    raise TableFileError(
                        "cell_too_long", f"a cell is longer than {MAX_CELL:,} characters",
                        limit=MAX_CELL)
    return size


def _too_large(why: str) -> TableFileError:
    return TableFileError("xlsx_too_large", f"the workbook is too large to read ({why})",
                          limit=MAX_XLSX_TOTAL // (1024 * 1024))


__all__ = ["MAX_CELL", "MAX_COLUMNS", "TableFileError", "Text", "check_xlsx", "read_text"]
