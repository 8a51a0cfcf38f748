"""The store's errors, in a module of their own: the login screen needs them before
the database layer (SQLAlchemy) is imported, which keeps the app's start fast."""


class StoreError(Exception):
    """A database that cannot be opened or used; the message is for the user."""


class WrongKeyError(StoreError):
    """The key does not open the file, or the file is not a database of the app."""


class BusyError(StoreError):
    """Another process is writing to the database, or replacing it: busy, not damaged."""


class AlreadyOpenError(BusyError):
    """Another window (process) holds the database. ``holder``: ``window``, or the name
    of the command writing to it; ``pid``: its process id (None when unknown)."""

    def __init__(self, message: str, holder: str | None = None, pid: int | None = None):
        super().__init__(message)
        self.holder = holder
        self.pid = pid
