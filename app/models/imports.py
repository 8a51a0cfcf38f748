"""The ledger of legacy imports: which file contents were already brought in.

Re-importing the same spreadsheet (even renamed, re-saved as XLSX, with labels instead
of codes) must not double the data. Each successful import records a hash of its
normalised records; an import whose hash is already here is refused. The ledger is a
synchronisable record, so a partner site that receives the imported contacts also
learns that the file was imported.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin


class ImportLedger(RecordMixin, Base):
    """One legacy file imported: its content hash, name and size."""

    __tablename__ = "import_ledger"
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(260))
    file_format: Mapped[str] = mapped_column(String(10))
    rows: Mapped[int] = mapped_column(Integer)
