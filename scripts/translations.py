"""Interface translations: extract the strings, build the .qm files, check both.

    python scripts/translations.py update    # sources -> infoline_<lang>.ts, translations kept
    python scripts/translations.py release   # infoline_<lang>.ts -> infoline_<lang>.qm
    python scripts/translations.py check     # lists what is out of date or wrong; exit 1 if any

See docs/translating.md. Works the same on Windows, Linux and macOS: the Qt tools
are the ones installed with PySide6, and nothing goes through a shell.
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = ("app/ui", "app/forms")
FORMS_DIR = ROOT / "app" / "forms"
# Where the .ts catalogues (the sources) are, and where the .qm files the app loads go.
# The catalogues are sources (resources/translations/); the .qm files ship in the package.
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "app" / "resources" / "translations"
# Interface languages with our own catalogue, and the locale written into a new .ts.
LANGUAGES = {"ru": "ru_RU", "be": "be_BY"}
# Kept by hand and released into the same .qm: Qt ships no Belarusian catalogue of its
# own, so the texts of its standard buttons, menus and file dialog come from here; its
# Russian one lacks a few of the file dialog's labels («Look in:», «Files of type:»).
# `update` never touches these files.
EXTRA_TS = {"be": ("infoline_be_qt.ts",), "ru": ("infoline_ru_qt.ts",)}
# Plural forms a %n message needs in each language (one, few, many).
NUMERUS_FORMS = {"ru": 3, "be": 3}
# lupdate names the context of a tr() call after what precedes it: nothing for a
# module-level helper, the variable name for `task.tr(...)`. At run time the context is
# the one below, so `update` and `check` file these messages under it.
CONTEXT_FIXES = {
    ("app/ui/app.py", ""): "app",      # tr() -> QApplication.translate("app", text)
    ("app/ui/tasks.py", "task"): "Task",  # task.tr() on a Task object
    # The statistics page's parts: classes the page inherits, so their self.tr() runs
    # in the page's context.
    ("app/ui/statistics/export.py", "ReportExport"): "StatisticsPage",
    ("app/ui/statistics/texts_tab.py", "ReportTextsTab"): "StatisticsPage",
    ("app/ui/statistics/trends_tab.py", "TrendsTab"): "StatisticsPage",
    ("app/ui/statistics/campaigns_tab.py", "CampaignsTab"): "StatisticsPage",
    # describe_errors(widget, ...) calls widget.tr(); the dialogs of a case pass themselves,
    # and Qt looks up the class names of their bases too, _Dialog among them.
}

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
NAMED = re.compile(r"\{[a-z_]+\}")
MNEMONIC = re.compile(r"&([^&\s])")


class ToolError(RuntimeError):
    pass


# -- the Qt tools --


def tool(name: str) -> list[str]:
    """The command that runs the Qt tool ``name`` (lupdate, lrelease)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError as exc:
        raise ToolError(f"PySide6 is not installed: no {name}") from exc
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return [str(candidate)]
    return [sys.executable, "-c",
            f"import sys; from PySide6.scripts.pyside_tool import {name}; "
            f"sys.argv[0] = {name!r}; {name}()"]


def run(name: str, args: list[str]) -> None:
    result = subprocess.run([*tool(name), *args], capture_output=True, text=True,
                            encoding="utf-8", errors="replace", check=False)
    if result.returncode != 0:
        raise ToolError(f"{name} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    for line in result.stderr.splitlines():
        if "warning" in line.lower() or "error" in line.lower():
            print(f"{name}: {line}", file=sys.stderr)


def sources() -> list[Path]:
    """The Python sources and the Designer forms (app/forms/*.ui); not the ui_*.py
    compiled from the forms, whose strings are the .ui's."""
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files.extend(p for p in sorted((ROOT / folder).rglob("*.py"))
                     if not (p.parent == FORMS_DIR and p.name.startswith("ui_")))
    files.extend(sorted(FORMS_DIR.glob("*.ui")))
    return files


def ts_path(lang: str) -> Path:
    return TS_DIR / f"infoline_{lang}.ts"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"infoline_{lang}.qm"


def ts_inputs(lang: str) -> list[Path]:
    """The .ts files released together into ``infoline_<lang>.qm``."""
    return [ts_path(lang)] + [TS_DIR / name for name in EXTRA_TS.get(lang, ())]


# -- reading and writing .ts files --


def read_ts(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 (the project's own catalogues)


def _protect(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (code < 0x20 and ch not in "\n\t") or (code > 0x7F and ch.isspace()):
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


def _write_element(el: ET.Element, depth: int, lines: list[str]) -> None:
    pad = "    " * depth
    attrs = "".join(f' {k}="{_protect(v)}"' for k, v in el.attrib.items())
    children = list(el)
    if children:
        lines.append(f"{pad}<{el.tag}{attrs}>")
        for child in children:
            _write_element(child, depth + 1, lines)
        lines.append(f"{pad}</{el.tag}>")
    elif el.tag == "location":
        lines.append(f"{pad}<{el.tag}{attrs}/>")
    else:
        lines.append(f"{pad}<{el.tag}{attrs}>{_protect(el.text or '')}</{el.tag}>")


def write_ts(root: ET.Element, path: Path) -> None:
    """Write in the layout lupdate and Qt Linguist use, so files do not churn."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attrs = "".join(f' {k}="{_protect(v)}"' for k, v in root.attrib.items())
    lines.append(f"<TS{attrs}>")
    for context in root.findall("context"):
        _write_element(context, 0, lines)
    lines.append("</TS>")
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


def _repo_file(ts: Path, filename: str) -> str:
    """A location's file name (relative to the .ts) as a repository path."""
    target = (ts.parent / filename).resolve()
    try:
        return target.relative_to(ROOT).as_posix()
    except ValueError:
        return target.as_posix()


def _locations(ts: Path, message: ET.Element) -> set[str]:
    return {_repo_file(ts, loc.get("filename", "")) for loc in message.findall("location")}


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.findall("context"):
        if (context.findtext("name") or "") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _move_messages(root: ET.Element, ts: Path, fixes: dict[tuple[str, str], str]) -> None:
    """Re-file messages: ``fixes`` maps (source file, context) to the right context."""
    moves: list[tuple[ET.Element, ET.Element, str, bool]] = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            files = _locations(ts, message)
            targets = {fixes[(f, name)] for f in files if (f, name) in fixes}
            if len(targets) == 1:
                # Also said in a file of this context's own (the page and one of its
                # parts both say «Computing…»): a copy goes, the message stays.
                stays = any((f, name) not in fixes for f in files)
                moves.append((context, message, targets.pop(), stays))
    for context, found, target, stays in moves:
        message = copy.deepcopy(found) if stays else found
        if not stays:
            context.remove(found)
        destination = _context(root, target)
        twin = _find(destination, message)
        if twin is None:
            destination.append(message)
            continue
        # The same text already filed there: add the places, and keep a finished
        # translation over an unfinished one.
        for loc in message.findall("location"):
            twin.insert(len(twin.findall("location")), loc)
        mine, theirs = message.find("translation"), twin.find("translation")
        if (mine is not None and theirs is not None and mine.get("type") is None
                and theirs.get("type") == "unfinished"):
            twin.remove(theirs)
            twin.append(mine)
    for context in root.findall("context"):
        if not context.findall("message"):
            root.remove(context)
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in contexts:
        root.remove(context)
    root.extend(contexts)


def _find(context: ET.Element, message: ET.Element) -> ET.Element | None:
    key = _key(message)
    for other in context.findall("message"):
        if _key(other) == key:
            return other
    return None


def _key(message: ET.Element) -> tuple[str, str]:
    return message.findtext("source") or "", message.findtext("comment") or ""


def to_runtime_contexts(root: ET.Element, ts: Path) -> None:
    _move_messages(root, ts, CONTEXT_FIXES)


def to_extracted_contexts(root: ET.Element, ts: Path) -> None:
    _move_messages(root, ts, {(f, runtime): extracted
                              for (f, extracted), runtime in CONTEXT_FIXES.items()})


# -- messages --


@dataclass(frozen=True)
class Message:
    file: str
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    unfinished: bool
    kind: str  # the translation's type attribute: "", "unfinished", "obsolete", "vanished"


def messages(path: Path) -> Iterator[Message]:
    root = read_ts(path)
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for m in context.findall("message"):
            tr = m.find("translation")
            kind = "" if tr is None else tr.get("type", "")
            numerus = m.get("numerus") == "yes"
            if tr is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(f.text or "" for f in tr.findall("numerusform"))
            else:
                texts = (tr.text or "",)
            yield Message(path.name, name, m.findtext("source") or "",
                          m.findtext("comment") or "", numerus, texts,
                          kind == "unfinished", kind)


def message_keys(path: Path) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in messages(path)}


# -- the sub-commands --


def extract(target: Path, lang: str, existing: Path | None = None) -> None:
    """Run lupdate over the sources into ``target``, merging ``existing`` if given."""
    if existing is not None and existing.exists():
        root = read_ts(existing)
        to_extracted_contexts(root, existing)
        write_ts(root, target)
    run("lupdate", [*map(str, sources()), "-no-obsolete", "-silent",
                    "-source-language", "en", "-target-language", LANGUAGES.get(lang, lang),
                    "-ts", str(target)])
    root = read_ts(target)
    to_runtime_contexts(root, target)
    write_ts(root, target)


def update(langs: Iterable[str] = LANGUAGES) -> list[Path]:
    written = []
    for lang in langs:
        ts = ts_path(lang)
        # Beside the real file, so the locations lupdate writes are right for it.
        tmp = TS_DIR / f".{ts.stem}.{os.getpid()}.ts"
        try:
            extract(tmp, lang, ts)
            os.replace(tmp, ts)
        finally:
            tmp.unlink(missing_ok=True)
        written.append(ts)
    return written


def release_to(lang: str, qm: Path) -> None:
    run("lrelease", [*map(str, ts_inputs(lang)), "-silent", "-qm", str(qm)])


def release(langs: Iterable[str] = LANGUAGES) -> list[Path]:
    written = []
    for lang in langs:
        release_to(lang, qm_path(lang))
        written.append(qm_path(lang))
    return written


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def text_problems(msgs: list[Message]) -> list[str]:
    """Placeholders, '&' counts and mnemonic letters of the translations."""
    problems = []
    msgs = [m for m in msgs if not m.unfinished and any(t.strip() for t in m.translations)]
    for m in msgs:
        where = f"{m.file}: [{m.context}] {m.source!r}"
        for text in m.translations:
            missing = sorted(set(PLACEHOLDER.findall(m.source)) - set(PLACEHOLDER.findall(text)))
            # The services' refusal templates name their values ({name}): kept the same.
            missing += sorted(set(NAMED.findall(m.source)) - set(NAMED.findall(text)))
            if missing:
                problems.append(f"{where}: {' '.join(missing)} missing in {text!r}")
            if m.source.count("&") != text.count("&"):
                problems.append(f"{where}: the translation {text!r} has "
                                f"{text.count('&')} '&', the source {m.source.count('&')}")
    by_context: dict[tuple[str, str], list[Message]] = {}
    for m in msgs:
        if m.translations and mnemonic(m.source):
            by_context.setdefault((m.file, m.context), []).append(m)
    for (file, context), group in by_context.items():
        # Labels of one form must not share a letter; and translations must not make two
        # texts share one where the sources did not.
        labels: dict[str, str] = {}
        for m in group:
            letter = mnemonic(m.translations[0])
            if m.source.rstrip().endswith(":") and letter:
                if letter in labels:
                    problems.append(f"{file}: [{context}] labels {labels[letter]!r} and "
                                    f"{m.translations[0]!r} share the mnemonic '{letter}'")
                labels[letter] = m.translations[0]
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                ta, tb = mnemonic(a.translations[0]), mnemonic(b.translations[0])
                if ta and ta == tb and mnemonic(a.source) != mnemonic(b.source):
                    problems.append(f"{file}: [{context}] {a.translations[0]!r} and "
                                    f"{b.translations[0]!r} share the mnemonic '{ta}'")
    return sorted(set(problems))


def runtime_contexts() -> set[str]:
    """Contexts the running app looks in: class names, explicit translate() contexts."""
    known = set(CONTEXT_FIXES.values())
    for path in sources():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".ui":  # its strings are translated in the context of its class
            known.update(re.findall(r"^\s*<class>(\w+)</class>", text, flags=re.MULTILINE))
            continue
        known.update(re.findall(r"^\s*class\s+(\w+)", text, flags=re.MULTILINE))
        known.update(re.findall(r"\btranslate\(\s*[\"']([^\"']*)[\"']", text))
    return known


def check() -> list[str]:
    """Everything that is out of date or wrong, as readable lines (empty: all good)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "extracted.ts"
        extract(fresh, "ru")
        wanted = message_keys(fresh)
        known = runtime_contexts()
        for context, source in sorted(k for k in wanted if k[0] not in known):
            problems.append(f"[{context}] {source!r}: at run time this tr() looks in another "
                            "context; call self.tr() in a class, QCoreApplication.translate("
                            "\"<context>\", ...), or add the case to CONTEXT_FIXES")
        for lang in LANGUAGES:
            ts = ts_path(lang)
            if not ts.exists():
                problems.append(f"{ts.name} is missing: run update")
                continue
            have = message_keys(ts)
            for context, source in sorted(wanted - have):
                problems.append(f"{ts.name}: [{context}] {source!r} is not in the file: "
                                "run update")
            for context, source in sorted(have - wanted):
                problems.append(f"{ts.name}: [{context}] {source!r} is no longer in the "
                                "sources: run update")
        for lang in LANGUAGES:
            for ts in ts_inputs(lang):
                if not ts.exists():
                    if ts != ts_path(lang):
                        problems.append(f"{ts.name} is missing")
                    continue
                msgs = list(messages(ts))
                forms = NUMERUS_FORMS.get(lang, 1)
                for m in msgs:
                    where = f"{ts.name}: [{m.context}] {m.source!r}"
                    if m.kind in ("obsolete", "vanished"):
                        problems.append(f"{where}: {m.kind}")
                    elif m.unfinished:
                        problems.append(f"{where}: unfinished")
                    elif not m.translations or not all(t.strip() for t in m.translations):
                        problems.append(f"{where}: empty translation")
                    elif m.numerus and len(m.translations) != forms:
                        problems.append(f"{where}: {len(m.translations)} plural forms, "
                                        f"{forms} needed")
                problems.extend(text_problems(msgs))
        for lang in LANGUAGES:
            qm = qm_path(lang)
            if not all(ts.exists() for ts in ts_inputs(lang)):
                continue
            made = Path(tmp) / qm.name
            release_to(lang, made)
            if not qm.exists():
                problems.append(f"{qm.name} is missing: run release")
            elif qm.read_bytes() != made.read_bytes():
                older = " (older than its .ts)" if any(
                    qm.stat().st_mtime < ts.stat().st_mtime for ts in ts_inputs(lang)) else ""
                problems.append(f"{qm.name} differs from what lrelease makes of "
                                f"{', '.join(ts.name for ts in ts_inputs(lang))}{older}: "
                                "run release")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            for path in update():
                total = list(messages(path))
                todo = sum(1 for m in total if m.unfinished)
                print(f"{path.relative_to(ROOT)}: {len(total)} messages, {todo} to translate")
        elif args.command == "release":
            for path in release():
                print(f"{path.relative_to(ROOT)} written")
        else:
            problems = check()
            for line in problems:
                print(line)
            if problems:
                print(f"{len(problems)} problem(s)", file=sys.stderr)
                return 1
            print("translations are up to date and complete")
    except ToolError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
