"""Writing a built report to a file in the format its name says: PDF and DOCX (the
publication), XLSX and CSV (the tables). The report itself is built in
:mod:`app.services.statistics.report`; each format has its own writer
(``report_pdf``, ``report_docx``, ``report_sheets``), imported only when asked for, so
writing a CSV never loads reportlab or python-docx."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from app.services.statistics.report import FORMATS, Report, ReportError

log = logging.getLogger("app.report")


def _writer(suffix: str) -> Callable[[Report, Path], None]:
    if suffix == ".pdf":
        from app.services.statistics.report_pdf import write_pdf

        return write_pdf
    if suffix == ".docx":
        from app.services.statistics.report_docx import write_docx

        return write_docx
    from app.services.statistics.report_sheets import write_csv, write_xlsx

    return write_csv if suffix == ".csv" else write_xlsx


def write(report: Report, path: Path | str) -> Path:
    """Write the report in the format its file name says (.pdf, .docx, .xlsx or .csv)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ReportError(f"{target.name}: the report is written as .pdf, .docx, .xlsx or "
                          ".csv")
    if not target.parent.is_dir():
        raise ReportError(f"{target.parent}: no such folder")
    try:
        _writer(suffix)(report, target)
    except OSError as exc:
        raise ReportError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    log.info("report written: %s, %d tables, release=%s", suffix, len(report.tables),
             report.release)
    return target
