"""Printing an assistance case's summary from its page: full or redacted, written in the
background where the user chooses, then opened in the system's viewer (the print is
written to the print log and the audit log by the service).

A part of the assistance page (app/ui/assistance/page.py), mixed into it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from app.ui.tasks import run_task
from app.ui.widgets import msgbox


class SummaryPrinting:
    """Prints the case the page shows; uses the page's service, case and print status."""

    def print_summary(self, redacted: bool) -> None:
        """Write the case summary (full or redacted) where the user chooses, then open
        it in the system's viewer; the print is recorded in the print log."""
        if self.case is None or self.print_task is not None:
            return
        case = self.case
        name = f"{case.number}-redacted.pdf" if redacted else f"{case.number}.pdf"
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / name) if folder else name
        title = self.tr("Save the redacted summary") if redacted else \
            self.tr("Save the case summary")
        path = msgbox.save_file(self, title, self.tr("PDF document (*.pdf)"), suggested,
                                "pdf")
        if not path:
            return
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"
        service, lang = self.service, self.lang

        def work(_progress: Any) -> Any:
            from app.services.assistance.case_pdf import write_case_pdf

            return write_case_pdf(service, case.id, path, lang=lang, redacted=redacted)

        self.print_status.setText(self.tr("Writing the summary…"))
        self.print_task = run_task(work, lambda row: self._printed(path, row),
                                   self._print_failed, parent=self,
                                   label=self.tr("Writing the summary…"))

    def _printed(self, path: str, row: Any) -> None:
        self.print_task = None
        self.last_pdf = path
        self.print_status.setText(self.tr("Summary saved: %1 (%n page(s))", "", row.pages)
                                  .replace("%1", path))
        if self.case is not None:
            self.show_case(self.case.id)
        if not msgbox.open_externally(path):
            msgbox.info(self, self.tr("Summary saved"), self.tr(
                "The summary was saved as %1, but no program to show PDF files was found. "
                "Open the file from its folder to print it.").replace("%1", path))

    def _print_failed(self, exc: Exception) -> None:
        self.print_task = None
        self.print_status.clear()
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else \
            type(exc).__name__
        msgbox.error(self, self.tr("The summary was not saved"), self.tr(
            "The summary could not be written. Choose another folder or file name."),
            str(detail))
