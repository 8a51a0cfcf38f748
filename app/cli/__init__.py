"""The ``infoline`` command: :func:`main` parses the command line and runs one command
(app/cli/main.py); each feature's commands are in a module of their own here."""

from app.cli.main import main

__all__ = ["main"]
