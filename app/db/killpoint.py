"""Named steps of the operations that must survive a kill (set-up, migration, demo,
backup, restore), for the tests that prove it.

``step("encrypt.before_rename")`` does nothing unless the environment variable
``INFOLINE_TEST_KILL_AT`` names that step: then the process kills itself on the spot
with SIGKILL, as a power cut or a task manager would, with no clean-up of any kind.
tests/test_killsafe.py runs each command once per step with the variable set and
checks that the files still open and the command can be run again.

In a normal run the variable is not set and a step costs one dictionary look-up.
"""

from __future__ import annotations

import os
import signal

ENV = "INFOLINE_TEST_KILL_AT"

STEPS: tuple[str, ...] = (
    # infoline init on an existing unencrypted database (app/services/accounts/auth.py)
    "setup.migrated",            # the plain file at the current schema
    "setup.admin_recorded",      # the administrator's row in the plain file
    "setup.keys_written",        # the key file, with the administrator's entry
    "encrypt.copied",            # the encrypted copies made and verified
    "encrypt.before_rename",     # the old backups encrypted, the database not yet
    "encrypt.renamed",           # the database encrypted
    "setup.opened",              # the encrypted database open, the code not yet shown
    "setup.code_shown",          # the recovery code printed, not yet marked as shown
    # infoline init on a new database, and infoline demo (app/services/accounts/auth.py)
    "new.filled",                # the new database complete under its temporary name
    "new.keys_placed",           # its key file under its own name, the database not yet
    # a new recovery code (app/services/accounts/service.py)
    "recovery.written",          # the new code in the key file, its audit entry not committed
    # migrations (app/db/store.py)
    "migrate.backing_up",        # the copy before the migration written, not renamed
    "migrate.backed_up",         # the copy before the migration made
    "migrate.upgraded",          # the migration run, not yet committed
    # backups and restores (app/db/backup.py, app/db/sqlite.py)
    "backup.keys_copied",        # the key file beside the backup, the backup not yet
    "backup.copying",            # the copy written under its temporary name (.part)
    "restore.keeping",           # the current database being kept (.part)
    "restore.kept",              # the current database kept as a before-restore backup
    "restore.copying",           # the backup copied under the temporary name (.part)
    "restore.before_rename",     # the copy complete, about to replace the database
)


def step(name: str) -> None:
    """Kill this process with SIGKILL here when ``INFOLINE_TEST_KILL_AT`` is ``name``."""
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
