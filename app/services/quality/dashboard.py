"""The quality dashboard: scores by consultant and section month by month, the weakest
criteria, the bands, the rounds' progress and the staff register's counts, and its
export (app/services/quality/export.py)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import rubric as rubrics
from app.models.quality import COMPLETE, DRAFT, Review, ReviewRound
from app.services.audit.log import record as audit_record
from app.services.quality.base import QualityBase
from app.services.quality.rows import (
    REVIEW,
    BandCount,
    CriterionStat,
    Dashboard,
    PlanProgress,
    ReviewLine,
    Series,
)
from app.services.quality.sampling import month_of, months_between, period_bounds
from app.services.quality.staff import count_events


class Dashboards(QualityBase):
    """The dashboard of a period and its export."""

    def export_dashboard(self, d: Dashboard, path: Path | str, texts: Any = None,
                         site: str = "") -> Path:
        """Write a dashboard (.xlsx or .pdf, app/services/quality/export.py) and log the
        export."""
        from app.services.quality import export as quality_export

        self._require(REVIEW)
        target = quality_export.write(d, path, texts, site)
        audit_record(self.store, "export", user_id=self.user_id,
                     object_kind="quality_dashboard", details={
                         "format": target.suffix.lstrip(".").lower(),
                         "from": d.start.isoformat(), "to": d.end.isoformat()})
        return target

    def dashboard(self, start: date, end: date, lang: str) -> Dashboard:
        """Scores over the local days ``start``..``end`` (by when the contact happened)."""
        self._require(REVIEW)
        lo, hi = period_bounds(start, end)
        months = months_between(start, end)
        index = {m: i for i, m in enumerate(months)}
        when = Review.contact_started_at
        fallback = and_(Review.contact_started_at.is_(None), Review.completed_at >= lo,
                        Review.completed_at < hi)
        with self.store.sessions() as s:
            rnd = aliased(ReviewRound)
            rows = s.execute(
                select(Review, rnd.name).outerjoin(rnd, rnd.id == Review.round_id).where(
                    Review.status == COMPLETE, Review.deleted_at.is_(None),
                    Review.superseded_at.is_(None),
                    or_(and_(when >= lo, when < hi), fallback))
                .order_by(Review.completed_at)).all()
            names = self._names(s, [x for r, _ in rows for x in (r.consultant_id,
                                                                 r.reviewer_id)])
            progress = self._progress(s, start, end)
            staff_counts = count_events(s, start, end)

        by_consultant: dict[str, list[list[float]]] = defaultdict(
            lambda: [[] for _ in months])
        by_section: dict[str, list[list[float]]] = defaultdict(lambda: [[] for _ in months])
        criteria: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # points, n, zeros
        bands: dict[str, int] = defaultdict(int)
        lines: list[ReviewLine] = []
        overall_all: list[float] = []
        for r, round_name in rows:
            moment = r.contact_started_at or r.completed_at
            slot = index.get(month_of(moment)) if moment else None
            if r.overall is not None:
                overall_all.append(r.overall)
                if slot is not None and r.consultant_id:
                    by_consultant[r.consultant_id][slot].append(r.overall)
            for code, value in r.section_scores.items():
                if value is not None and slot is not None:
                    by_section[code][slot].append(value)
            for code, value in r.scores.items():
                if value == rubrics.NA or value is None:
                    continue
                stat = criteria[code]
                stat[0] += int(value)
                stat[1] += 1
                stat[2] += 1 if value == 0 else 0
            if r.band:
                bands[r.band] += 1
            band = self._band(r.rubric, r.band)
            lines.append(ReviewLine(
                completed_at=r.completed_at or r.updated_at,
                contact_started_at=r.contact_started_at,
                consultant_name=names.get(r.consultant_id or "", ""),
                reviewer_name=names.get(r.reviewer_id or "", ""),
                round_name=round_name or "", overall=r.overall, band=r.band,
                band_label=band.label(lang) if band else "",
                section_scores=dict(r.section_scores), revision=r.revision,
                read=r.read_at is not None))

        def series(key: str, label: str, buckets: list[list[float]]) -> Series:
            flat = [v for b in buckets for v in b]
            return Series(key, label,
                          tuple(round(sum(b) / len(b), 1) if b else None for b in buckets),
                          tuple(len(b) for b in buckets),
                          round(sum(flat) / len(flat), 1) if flat else None, len(flat))

        consultant_series = sorted(
            (series(c, names.get(c, ""), b) for c, b in by_consultant.items()),
            key=lambda x: x.label.casefold())
        section_series = []
        for section in self.rubric.sections:
            section_series.append(series(section.code, section.title(lang),
                                         by_section.get(section.code) or [[] for _ in months]))
        known = {s.code for s in self.rubric.sections}
        for code, buckets in sorted(by_section.items()):
            if code not in known:  # a section of an older rubric
                section_series.append(series(code, code, buckets))

        weakest = []
        for code, (points, n, zeros) in criteria.items():
            label, section_code, section_label = self._criterion_label(code, lang)
            weakest.append(CriterionStat(code, section_code, label, section_label,
                                         round(100.0 * points / (2 * n), 1), n, zeros))
        weakest.sort(key=lambda c: (c.percent, -c.applicable, c.code))

        band_counts = tuple(BandCount(b.code, b.label(lang), b.colour, bands.get(b.code, 0))
                            for b in self.rubric.bands)
        lines.reverse()  # newest first
        return Dashboard(
            start=start, end=end, lang=lang, months=months,
            consultants=tuple(consultant_series), sections=tuple(section_series),
            weakest=tuple(weakest), progress=tuple(progress), bands=band_counts,
            reviews=tuple(lines),
            team_mean=round(sum(overall_all) / len(overall_all), 1) if overall_all else None,
            band_minimums=tuple((b.minimum, b.colour) for b in self.rubric.bands),
            staff_counts=staff_counts, reviewed=len(rows))

    def _band(self, rubric_key: str, code: str | None) -> rubrics.Band | None:
        try:
            return rubrics.load(rubric_key).band(code)
        except rubrics.RubricError:
            return self.rubric.band(code)

    def _criterion_label(self, code: str, lang: str) -> tuple[str, str, str]:
        section_code = code.split(".", 1)[0]
        for key in [self.rubric.key, *reversed(rubrics.available())]:
            try:
                rubric = rubrics.load(key)
                return (rubric.criterion(code).text(lang), section_code,
                        rubric.section(section_code).title(lang))
            except (KeyError, rubrics.RubricError):
                continue
        return code, section_code, section_code

    def _progress(self, s: Session, start: date, end: date) -> list[PlanProgress]:
        rounds = list(s.scalars(select(ReviewRound).where(
            ReviewRound.deleted_at.is_(None), ReviewRound.period_start <= end,
            ReviewRound.period_end >= start).order_by(ReviewRound.period_start)))
        if not rounds:
            return []
        status: dict[tuple[str, str], str] = {
            (str(r[0]), str(r[1])): r[2] for r in s.execute(
                select(Review.round_id, Review.contact_id, Review.status).where(
                    Review.round_id.in_([r.id for r in rounds]),
                    Review.deleted_at.is_(None), Review.superseded_at.is_(None)))
        }
        names = self._names(s, [str(i["consultant_id"]) for r in rounds for i in r.plan])
        result: list[PlanProgress] = []
        for rnd in rounds:
            per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
            for item in rnd.plan:
                st = status.get((rnd.id, str(item["contact_id"])))
                counts = per[str(item["consultant_id"])]
                counts[0] += 1
                counts[1] += st == COMPLETE
                counts[2] += st == DRAFT
            total = [sum(c[i] for c in per.values()) for i in range(3)]
            result.append(PlanProgress(rnd.id, rnd.name, rnd.period_start, rnd.period_end,
                                       None, "", *total))
            for consultant_id, counts in sorted(per.items(),
                                                key=lambda kv: names.get(kv[0], "")):
                result.append(PlanProgress(rnd.id, rnd.name, rnd.period_start, rnd.period_end,
                                           consultant_id, names.get(consultant_id, ""),
                                           *counts))
        return result
