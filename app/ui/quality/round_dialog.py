"""Starting a review round: the period, the consultants, how many contacts of each.

The sample is previewed as the choices change (nothing is stored until "Start the
round"); the seed shown is stored with the round, and typing an earlier round's seed
draws its sample again.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts.service import UserRow
from app.services.quality import (
    PER_CONSULTANT_MAX,
    QualityService,
    RoundRow,
    RoundSpec,
    SamplePlan,
    new_seed,
)
from app.services.validation import FieldError, ValidationError
from app.ui.messages import user_text
from app.ui.tasks import Task, run_task
from app.ui.widgets.datefield import DateField, date_problem
from app.ui.widgets.errors import error_label, show_errors
from app.ui.widgets.tables import read_only_table

PREVIEW_DELAY_MS = 250


def previous_month(today: date) -> tuple[date, date]:
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


class RoundDialog(QDialog):
    def __init__(self, quality: QualityService, lang: str, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.quality = quality
        self.lang = lang
        self.created: RoundRow | None = None
        self.plan: SamplePlan | None = None
        self.busy = False
        self._generation = 0
        self.preview_task: Task | None = None
        self.start_task: Task | None = None
        self.staff: list[UserRow] = quality.staff()
        start, end = previous_month(today or date.today())

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.start = DateField(start)
        self.end = DateField(end)
        self.consultants = QListWidget()
        self.consultants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for user in self.staff:
            item = QListWidgetItem(user.full_name)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if user.role == "consultant"
                               else Qt.CheckState.Unchecked)
            self.consultants.addItem(item)
        self.consultants.setCurrentRow(0)
        self.per_consultant = QSpinBox()
        self.per_consultant.setRange(1, PER_CONSULTANT_MAX)
        self.per_consultant.setValue(3)
        self.stratify = QComboBox()
        self.include_non_data = QCheckBox()
        self.seed = QSpinBox()
        self.seed.setRange(1, 2**31 - 2)
        self.seed.setValue(new_seed())
        self.new_seed_button = QPushButton()
        self.preview = read_only_table(QTableWidget(0, 3), rows=False, single=False,
                                       stretch_last=False)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()
        self.errors = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()

        def row(key: str, widget: QWidget, field: QWidget | None = None) -> None:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, field or widget)

        period = QHBoxLayout()
        period.addWidget(self.start)
        self.dash = QLabel("–")
        period.addWidget(self.dash)
        period.addWidget(self.end)
        period.addStretch(1)
        period_widget = QWidget()
        period_widget.setLayout(period)
        period.setContentsMargins(0, 0, 0, 0)
        seed_row = QHBoxLayout()
        seed_row.setContentsMargins(0, 0, 0, 0)
        seed_row.addWidget(self.seed)
        seed_row.addWidget(self.new_seed_button)
        seed_row.addStretch(1)
        seed_widget = QWidget()
        seed_widget.setLayout(seed_row)
        row("name", self.name)
        row("period", self.start, period_widget)
        row("consultants", self.consultants)
        row("per_consultant", self.per_consultant)
        row("stratify", self.stratify)
        form.addRow("", self.include_non_data)
        row("seed", self.seed, seed_widget)

        left = QVBoxLayout()
        left.addLayout(form)
        right = QVBoxLayout()
        self.preview_label = QLabel()
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        right.addWidget(self.total)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        for signal in (self.start.value_changed, self.end.value_changed,
                       self.per_consultant.valueChanged, self.stratify.currentIndexChanged,
                       self.include_non_data.toggled, self.seed.valueChanged,
                       self.consultants.itemChanged):
            signal.connect(self._inputs_changed)
        self.start.value_changed.connect(self._suggest_name)
        self.new_seed_button.clicked.connect(lambda: self.seed.setValue(new_seed()))
        self.buttons.accepted.connect(self.start_round)
        self.buttons.rejected.connect(self.reject)

        self.retranslate()
        self._suggest_name()
        self.refresh_preview()
        self.name.setFocus()
        self.resize(860, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New review round"))
        texts = {
            "name": self.tr("&Name:"), "period": self.tr("&Period:"),
            "consultants": self.tr("&Consultants (Space ticks):"),
            "per_consultant": self.tr("Contacts &per consultant:"),
            "stratify": self.tr("&Spread the sample by:"), "seed": self.tr("Rando&m seed:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.stratify.blockSignals(True)
        current = self.stratify.currentIndex()
        self.stratify.clear()
        self.stratify.addItem(self.tr("Nothing: a simple random sample"), None)
        self.stratify.addItem(self.tr("Channel (phone, e-mail, chat…)"), "channel")
        self.stratify.addItem(self.tr("Topic"), "topic")
        self.stratify.setCurrentIndex(max(current, 0))
        self.stratify.blockSignals(False)
        self.include_non_data.setText(self.tr("Include calls &without counselling"))
        self.new_seed_button.setText(self.tr("New seed"))
        self.seed.setToolTip(self.tr(
            "Stored with the round: the same seed over the same records draws the same "
            "contacts again."))
        self.preview_label.setText(self.tr("The sample:"))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Consultant"), self.tr("Contacts in the period"), self.tr("Drawn")])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Start the round"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _suggest_name(self) -> None:
        if self.name.isModified():
            return
        first = self.start.last_day()
        locale = QLocale({"ru": QLocale.Language.Russian, "be": QLocale.Language.Belarusian}
                         .get(self.lang, QLocale.Language.English))
        month = locale.standaloneMonthName(first.month, QLocale.FormatType.LongFormat)
        self.name.setText(self.tr("Quality review: %1 %2").replace("%1", month).replace(
            "%2", str(first.year)))

    def spec(self) -> RoundSpec:
        chosen = tuple(
            str(self.consultants.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.consultants.count())
            if self.consultants.item(i).checkState() == Qt.CheckState.Checked)
        stratify = self.stratify.currentData()
        return RoundSpec(
            name=self.name.text(), period_start=self.start.last_day(),
            period_end=self.end.last_day(), consultant_ids=chosen,
            per_consultant=self.per_consultant.value(),
            stratify=str(stratify) if stratify else None,
            include_non_data=self.include_non_data.isChecked(), seed=self.seed.value())

    def _inputs_changed(self, *_args: object) -> None:
        self.timer.start()

    def refresh_preview(self) -> None:
        """Draw the sample in the background (a year of a large line takes seconds);
        only the answer to the latest question is shown."""
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        spec = self.spec()
        quality = self.quality

        def work(_progress: object) -> SamplePlan | ValidationError:
            try:
                return quality.draw_sample(spec)
            except ValidationError as exc:
                return exc

        self.busy = True
        self.total.setText(self.tr("Drawing the sample…"))
        self.preview_task = run_task(
            work, lambda result: self._previewed(generation, result),
            lambda exc: self._failed(generation, exc), parent=self)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.busy = False
            self.total.setText("")
            self.errors.setText(user_text(exc))
            self.errors.show()

    def _previewed(self, generation: int, result: SamplePlan | ValidationError) -> None:
        if generation != self._generation:
            return
        self.busy = False
        if isinstance(result, ValidationError):
            self.plan = None
            self.preview.setRowCount(0)
            self.total.setText("")
            self.show_errors(result.errors)
            return
        plan = result
        self.errors.hide()
        self.plan = plan
        names = {u.id: u.full_name for u in self.staff}
        ids = sorted(plan.available, key=lambda i: names.get(i, "").casefold())
        self.preview.setRowCount(len(ids))
        per = self.per_consultant.value()
        for r, consultant_id in enumerate(ids):
            drawn = plan.count(consultant_id)
            short = "⚠ " if drawn < per else ""  # said by a sign, not by colour alone
            cells = (names.get(consultant_id, ""), str(plan.available[consultant_id]),
                     short + str(drawn))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if drawn < per:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(self.tr("Fewer contacts in the period than asked for."))
                self.preview.setItem(r, c, item)
        self.total.setText(self.tr("%n contact(s) to review.", "", len(plan.items)))

    def message_for(self, error: FieldError) -> str | None:
        return {
            ("name", "required"): self.tr("Give the round a name."),
            ("period_end", "before_start"): self.tr("The period ends before it starts."),
            ("consultant_ids", "required"): self.tr("Tick at least one consultant."),
            ("consultant_ids", "own_contacts"): self.tr(
                "You cannot review your own contacts."),
            ("plan", "empty"): self.tr(
                "The consultants chosen have no contacts to review in this period."),
        }.get((error.field, error.problem))

    def show_errors(self, errors: list[FieldError]) -> None:
        show_errors(self.errors, errors, lead=False, sentence=self.message_for, joiner=" ")

    def done(self, result: int) -> None:
        self.timer.stop()
        self._generation += 1  # a preview still being drawn is not wanted any more
        super().done(result)

    def start_round(self) -> None:
        if date_problem(self) is not None:
            return
        spec = self.spec()
        quality = self.quality

        def work(_progress: object) -> RoundRow | ValidationError:
            try:
                return quality.start_round(spec)
            except ValidationError as exc:
                return exc

        def done(result: RoundRow | ValidationError) -> None:
            self.buttons.setEnabled(True)
            if isinstance(result, ValidationError):
                self.show_errors(result.errors)
                return
            self.created = result
            self.accept()

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            self.errors.setText(user_text(exc))
            self.errors.show()

        self.buttons.setEnabled(False)
        self.start_task = run_task(work, done, failed, parent=self,
                                   label=self.tr("Drawing the sample…"))
