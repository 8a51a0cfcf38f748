"""Every cell of the permission matrix, through the real services (and, for backups,
the command line): for each action, a member of staff of each role calls the
operation and is refused exactly when the matrix says so. docs/permissions.md shows
the same matrix; a test checks that it matches.

Run ``PYTHONPATH=. python3 tests/test_permissions.py`` to rewrite the table in docs/permissions.md.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from accounthelp import PASSWORD

from app.cli import main
from app.db import Store
from app.db.keyring import Keyring
from app.services.accounts import auth
from app.services.accounts.service import AccountService
from app.services.assistance.case_pdf import write_case_pdf
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import CaseInput, ClientInput, TraffickingInput
from app.services.audit.log import AuditService
from app.services.contacts.service import ContactInput, ContactService, UserService
from app.services.crisis.service import CrisisService
from app.services.crisis.types import CrisisCaseQuery
from app.services.directory.service import DirectoryQuery, DirectoryService, EntryInput
from app.services.erasure.service import ErasureService
from app.services.imports import legacy as legacy_import
from app.services.knowledge.service import ArticleInput, ArticleQuery, KnowledgeService
from app.services.permissions import MATRIX, ROLES, PermissionDeniedError, allowed
from app.services.quality import QualityService
from app.services.recruiters.agencies import AgencyService
from app.services.recruiters.service import RecruiterService
from app.services.shift.service import ShiftService
from app.services.statistics.service import StatisticsService
from app.services.statistics.sums import Period
from app.services.sync.service import SyncError, SyncService

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "permissions.md"
BEGIN, END = "<!-- matrix: generated from app/services/permissions.py -->", "<!-- end of matrix -->"
NAMES = {"consultant": "Анна Ковальчук", "specialist": "Ольга Васильева",
         "supervisor": "Елена Миронова", "administrator": "Игорь Левченко"}
TODAY = date.today()


class World:
    """One database with a member of staff of each role and something to act on."""

    def __init__(self, store: Store, tmp_path: Path):
        self.store = store
        self.tmp_path = tmp_path
        users = UserService(store)
        self.ids = {role: users.add(NAMES[role], role=role).id for role in ROLES}
        contacts = ContactService(store, self.ids["consultant"])
        self.contact_id = contacts.save(ContactInput(
            started_at=datetime.now(UTC) - timedelta(minutes=5),
            topics=["employment_abroad"])).id
        self.case_id = AssistanceService(store, self.ids["specialist"]).open_case(
            CaseInput(client=ClientInput(name="Ольга Кравец", phone="+375 29 000-11-22"),
                      trafficking=TraffickingInput())).id
        self.csv = tmp_path / "old.csv"
        self.csv.write_text("date,channel,topics\n2013-03-14,phone,employment_abroad\n",
                            encoding="utf-8")
        self.agencies = tmp_path / "agencies.csv"
        self.agencies.write_text("name,unp\nПрестиж-Тур,190123456\n", encoding="utf-8")
        # The accounts screen reads the key file only for user names and lockouts.
        self.keyring, self.keyring_key, _code = Keyring.create(tmp_path / "keys-only.db")


def _contact(uid: str, w: World) -> Any:
    return ContactService(w.store, uid).save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(minutes=1), topics=["other"]))


def _sync_accept(uid: str, w: World) -> Any:
    try:
        SyncService(w.store, uid).accept("no-such-conflict")
    except SyncError as exc:  # allowed, and told there is no such conflict
        if isinstance(exc, PermissionDeniedError):
            raise
        return "no conflict"
    return None


PROBES: dict[str, Callable[[str, World], Any]] = {
    "contact.record": _contact,
    "contact.view": lambda uid, w: ContactService(w.store, uid).get(w.contact_id),
    "crisis.run": lambda uid, w: CrisisService(w.store, uid).count(CrisisCaseQuery()),
    "directory.view": lambda uid, w: DirectoryService(w.store, uid).search(DirectoryQuery()),
    "knowledge.view": lambda uid, w: KnowledgeService(w.store, uid).search(ArticleQuery()),
    "quality.own": lambda uid, w: QualityService(w.store, uid).my_reviews(),
    "shift.own": lambda uid, w: ShiftService(w.store, uid).my_tasks(),
    "shift.supervise": lambda uid, w: ShiftService(w.store, uid).team_tasks(),
    "assistance.manage": lambda uid, w: AssistanceService(w.store, uid).get(w.case_id),
    "assistance.print": lambda uid, w: write_case_pdf(
        AssistanceService(w.store, uid), w.case_id, w.tmp_path / f"{uid}.pdf"),
    "quality.review": lambda uid, w: QualityService(w.store, uid).rounds(),
    "stats.view": lambda uid, w: StatisticsService(w.store, uid).compute(Period.year(2026)),
    "stats.export": lambda uid, w: StatisticsService(w.store, uid).statistics_json(
        Period.year(2026)),
    "legacy.import": lambda uid, w: legacy_import.import_file(
        ContactService(w.store, uid), w.csv, dry_run=True),
    "directory.edit": lambda uid, w: DirectoryService(w.store, uid).add(EntryInput(
        country="PL", type="ngo", name=f"Фонд {str(uid)[-4:]}", city="Варшава")),
    "knowledge.edit": lambda uid, w: KnowledgeService(w.store, uid).create(ArticleInput(
        title_ru=f"Виза {str(uid)[-4:]}", body_ru="Текст.")),
    "sync.exchange": lambda uid, w: SyncService(w.store, uid).peers(),
    "sync.resolve": _sync_accept,
    "accounts.manage": lambda uid, w: AccountService(
        w.store, w.keyring, w.keyring_key, uid).accounts(),
    "site.manage": lambda uid, w: ContactService(w.store, uid).set_working_hours(
        "08:00", "20:00"),
    "audit.view": lambda uid, w: AuditService(w.store, uid).page(),
    "erasure.run": lambda uid, w: ErasureService(w.store, uid).find("Кравец"),
    "agencies.check": lambda uid, w: AgencyService(w.store, uid).search("Престиж"),
    "agencies.import": lambda uid, w: AgencyService(w.store, uid).import_file(
        w.agencies, date(2026, 11, 1), dry_run=True),
    "recruiters.record": lambda uid, w: RecruiterService(w.store, uid).suggest(
        "agency", "Престиж"),
    "recruiters.view": lambda uid, w: RecruiterService(w.store, uid).patterns(),
}
BY_COMMAND_LINE = {"backup.make", "backup.restore"}
"""Backups are files, made below the services: the command line is where a role asks."""

CELLS = [(action, role) for action in MATRIX for role in ROLES]


def test_every_action_has_a_probe():
    assert set(PROBES) | BY_COMMAND_LINE == set(MATRIX)


@pytest.fixture
def world(store: Store, tmp_path: Path) -> World:
    return World(store, tmp_path)


@pytest.mark.parametrize(("action", "role"),
                         [c for c in CELLS if c[0] not in BY_COMMAND_LINE],
                         ids=[f"{a}-{r}" for a, r in CELLS if a not in BY_COMMAND_LINE])
def test_the_service_refuses_exactly_what_the_matrix_refuses(world: World, action: str,
                                                             role: str):
    probe = PROBES[action]
    if allowed(role, action):
        probe(world.ids[role], world)
    else:
        with pytest.raises(PermissionDeniedError):
            probe(world.ids[role], world)


READS_OPEN_TO_EVERY_ROLE = {"contact.view", "directory.view"}
"""Only a login reaches them, and a deactivated account cannot log in (test_accounts.py)."""


@pytest.mark.parametrize("action", [a for a in MATRIX if a not in BY_COMMAND_LINE
                                    and a not in READS_OPEN_TO_EVERY_ROLE])
def test_nobody_and_a_deactivated_account_may_do_nothing(world: World, action: str):
    with world.store.session() as s:
        from app.models import User

        s.get(User, world.ids["administrator"]).active = False
    for uid in (None, world.ids["administrator"], "no-such-user"):
        with pytest.raises(PermissionDeniedError):
            PROBES[action](uid, world)  # type: ignore[arg-type]


# -- the command line --------------------------------------------------------------------


def _accounts_db(tmp_path: Path) -> Path:
    """A database with a logged-in account of each role (password PASSWORD)."""
    db = tmp_path / "desk.sqlite3"
    login, _code = auth.setup_first_admin(db, "admin", NAMES["administrator"], PASSWORD)
    accounts = AccountService(login.store, login.keyring, login.db_key, login.user_id)
    for role in ("consultant", "specialist", "supervisor"):
        accounts.create(role, NAMES[role], role, PASSWORD, must_change=False)
    login.store.close()
    return db


@pytest.mark.parametrize("role", ROLES)
def test_backups_from_the_command_line_follow_the_matrix(tmp_path: Path, monkeypatch, capsys,
                                                         role: str):
    db = _accounts_db(tmp_path)
    username = "admin" if role == "administrator" else role
    monkeypatch.setenv("INFOLINE_USER", username)
    out = tmp_path / "copy.backup"
    code = main(["backup", "--db", str(db), "--out", str(out)])
    err = capsys.readouterr().err
    if allowed(role, "backup.make"):
        assert code == 0, err
        assert out.exists()
    else:
        assert code == 2
        assert "does not allow" in err
        assert not out.exists()
        monkeypatch.setenv("INFOLINE_USER", "admin")
        assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
        monkeypatch.setenv("INFOLINE_USER", username)
    capsys.readouterr()
    code = main(["restore", str(out), "--db", str(db)])
    err = capsys.readouterr().err
    if allowed(role, "backup.restore"):
        assert code == 0, err
    else:
        assert code == 2
        assert "does not allow" in err


def test_a_consultant_is_refused_on_every_supervisor_command(tmp_path: Path, monkeypatch,
                                                             capsys):
    db = _accounts_db(tmp_path)
    monkeypatch.setenv("INFOLINE_USER", "consultant")
    csv = tmp_path / "old.csv"
    csv.write_text("date,channel\n2013-03-14,phone\n", encoding="utf-8")
    period = ["--from", "2026-01-01", "--to", "2026-12-31"]
    for argv in (["stats", *period, "--json"],
                 ["report", *period, "--out", str(tmp_path / "r.csv")],
                 ["import-csv", str(csv)],
                 ["directory-import", str(csv)],
                 ["accounts", "list"],
                 ["audit"],
                 ["case-pdf", "A-2026-0001", "--out", str(tmp_path / "c.pdf")]):
        capsys.readouterr()
        assert main([*argv, "--db", str(db)]) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert "consultant: your role (consultant) does not allow this" in err, err
    assert not (tmp_path / "r.csv").exists()
    # What consultants do is open to them.
    assert main(["cases", "--db", str(db)]) == 0
    assert main(["directory-export", "--db", str(db), "--out", str(tmp_path / "d.csv")]) == 0


# -- the document -----------------------------------------------------------------------


def matrix_table() -> str:
    """The matrix as a Markdown table: one row per action, a column per role."""
    lines = ["| action | " + " | ".join(ROLES) + " |",
             "|---|" + "---|" * len(ROLES)]
    for action, roles in MATRIX.items():
        cells = " | ".join("yes" if role in roles else "—" for role in ROLES)
        lines.append(f"| `{action}` | {cells} |")
    return "\n".join(lines)


def test_the_document_shows_the_matrix_as_it_is():
    text = DOC.read_text(encoding="utf-8")
    assert BEGIN in text
    assert END in text
    shown = text.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert shown == matrix_table(), (
        "docs/permissions.md differs from the matrix: run "
        "PYTHONPATH=. python3 tests/test_permissions.py")
    for action in MATRIX:  # and says in words what each action is
        assert text.count(f"`{action}`") >= 2, action


if __name__ == "__main__":
    content = DOC.read_text(encoding="utf-8")
    head, rest = content.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{BEGIN}\n{matrix_table()}\n{END}{tail}", encoding="utf-8")
    sys.stdout.write(f"{DOC}: matrix written\n")
