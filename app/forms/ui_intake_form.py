# Generated from intake_form.ui by scripts/build_forms.py (pyside6-uic): do not edit.
# Change intake_form.ui (in Qt Designer: pyside6-designer) and run the script.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from app.forms.widgets import ElidedLabel

class Ui_IntakeForm(object):
    def setupUi(self, IntakeForm):
        if not IntakeForm.objectName():
            IntakeForm.setObjectName(u"IntakeForm")
        self.form_layout = QVBoxLayout(IntakeForm)
        self.form_layout.setSpacing(4)
        self.form_layout.setObjectName(u"form_layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.title = QLabel(IntakeForm)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.header_gap = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.header_gap)

        self.timer_label = QLabel(IntakeForm)
        self.timer_label.setObjectName(u"timer_label")
        self.timer_label.setText(u"00:00")

        self.header.addWidget(self.timer_label)

        self.end_call_button = QPushButton(IntakeForm)
        self.end_call_button.setObjectName(u"end_call_button")

        self.header.addWidget(self.end_call_button)

        self.organisation_gap = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.organisation_gap)

        self.organisation_label = ElidedLabel(IntakeForm)
        self.organisation_label.setObjectName(u"organisation_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.organisation_label.sizePolicy().hasHeightForWidth())
        self.organisation_label.setSizePolicy(sizePolicy)

        self.header.addWidget(self.organisation_label)

        self.hours_banner = QLabel(IntakeForm)
        self.hours_banner.setObjectName(u"hours_banner")

        self.header.addWidget(self.hours_banner)

        self.header.setStretch(5, 1)

        self.form_layout.addLayout(self.header)

        self.kind_box = QGroupBox(IntakeForm)
        self.kind_box.setObjectName(u"kind_box")
        self.kind_layout = QGridLayout(self.kind_box)
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_layout.setVerticalSpacing(2)
        self.kind_layout.setContentsMargins(6, 2, 6, 4)

        self.form_layout.addWidget(self.kind_box)

        self.non_data_prompt = QLabel(IntakeForm)
        self.non_data_prompt.setObjectName(u"non_data_prompt")
        self.non_data_prompt.setWordWrap(True)

        self.form_layout.addWidget(self.non_data_prompt)

        self.details_scroll = QScrollArea(IntakeForm)
        self.details_scroll.setObjectName(u"details_scroll")
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setWidgetResizable(True)
        self.details = QWidget()
        self.details.setObjectName(u"details")
        self.columns = QWidget(self.details)
        self.columns.setObjectName(u"columns")
        self.columns.setGeometry(QRect(0, 0, 1200, 500))
        self.columns_layout = QHBoxLayout(self.columns)
        self.columns_layout.setObjectName(u"columns_layout")
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.left = QFormLayout()
        self.left.setObjectName(u"left")
        self.channel_label = QLabel(self.columns)
        self.channel_label.setObjectName(u"channel_label")

        self.left.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_slot = QWidget(self.columns)
        self.channel_slot.setObjectName(u"channel_slot")

        self.left.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel_slot)

        self.started_label = QLabel(self.columns)
        self.started_label.setObjectName(u"started_label")

        self.left.setWidget(1, QFormLayout.ItemRole.LabelRole, self.started_label)

        self.started_slot = QWidget(self.columns)
        self.started_slot.setObjectName(u"started_slot")

        self.left.setWidget(1, QFormLayout.ItemRole.FieldRole, self.started_slot)

        self.gender_label = QLabel(self.columns)
        self.gender_label.setObjectName(u"gender_label")

        self.left.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender_slot = QWidget(self.columns)
        self.gender_slot.setObjectName(u"gender_slot")

        self.left.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gender_slot)

        self.age_group_label = QLabel(self.columns)
        self.age_group_label.setObjectName(u"age_group_label")

        self.left.setWidget(3, QFormLayout.ItemRole.LabelRole, self.age_group_label)

        self.age_group_slot = QWidget(self.columns)
        self.age_group_slot.setObjectName(u"age_group_slot")

        self.left.setWidget(3, QFormLayout.ItemRole.FieldRole, self.age_group_slot)

        self.region_label = QLabel(self.columns)
        self.region_label.setObjectName(u"region_label")

        self.left.setWidget(4, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_slot = QWidget(self.columns)
        self.region_slot.setObjectName(u"region_slot")

        self.left.setWidget(4, QFormLayout.ItemRole.FieldRole, self.region_slot)

        self.caller_role_label = QLabel(self.columns)
        self.caller_role_label.setObjectName(u"caller_role_label")

        self.left.setWidget(5, QFormLayout.ItemRole.LabelRole, self.caller_role_label)

        self.caller_role_slot = QWidget(self.columns)
        self.caller_role_slot.setObjectName(u"caller_role_slot")

        self.left.setWidget(5, QFormLayout.ItemRole.FieldRole, self.caller_role_slot)

        self.travel_purpose_label = QLabel(self.columns)
        self.travel_purpose_label.setObjectName(u"travel_purpose_label")

        self.left.setWidget(6, QFormLayout.ItemRole.LabelRole, self.travel_purpose_label)

        self.travel_purpose_slot = QWidget(self.columns)
        self.travel_purpose_slot.setObjectName(u"travel_purpose_slot")

        self.left.setWidget(6, QFormLayout.ItemRole.FieldRole, self.travel_purpose_slot)

        self.how_heard_label = QLabel(self.columns)
        self.how_heard_label.setObjectName(u"how_heard_label")

        self.left.setWidget(7, QFormLayout.ItemRole.LabelRole, self.how_heard_label)

        self.how_heard_slot = QWidget(self.columns)
        self.how_heard_slot.setObjectName(u"how_heard_slot")

        self.left.setWidget(7, QFormLayout.ItemRole.FieldRole, self.how_heard_slot)

        self.crisis = QCheckBox(self.columns)
        self.crisis.setObjectName(u"crisis")

        self.left.setWidget(8, QFormLayout.ItemRole.FieldRole, self.crisis)


        self.left_column.addLayout(self.left)

        self.recruiters_slot = QWidget(self.columns)
        self.recruiters_slot.setObjectName(u"recruiters_slot")

        self.left_column.addWidget(self.recruiters_slot)

        self.notes_head = QHBoxLayout()
        self.notes_head.setObjectName(u"notes_head")
        self.notes_label = QLabel(self.columns)
        self.notes_label.setObjectName(u"notes_label")

        self.notes_head.addWidget(self.notes_label)

        self.notes_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.notes_head.addItem(self.notes_gap)

        self.notes_count = QLabel(self.columns)
        self.notes_count.setObjectName(u"notes_count")

        self.notes_head.addWidget(self.notes_count)

        self.notes_head.setStretch(1, 1)

        self.left_column.addLayout(self.notes_head)

        self.notes = QPlainTextEdit(self.columns)
        self.notes.setObjectName(u"notes")
        self.notes.setMinimumSize(QSize(0, 90))
        self.notes.setTabChangesFocus(True)

        self.left_column.addWidget(self.notes)

        self.left_column.setStretch(3, 1)

        self.columns_layout.addLayout(self.left_column)

        self.middle = QVBoxLayout()
        self.middle.setObjectName(u"middle")
        self.topics_label = QLabel(self.columns)
        self.topics_label.setObjectName(u"topics_label")

        self.middle.addWidget(self.topics_label)

        self.topics_slot = QWidget(self.columns)
        self.topics_slot.setObjectName(u"topics_slot")

        self.middle.addWidget(self.topics_slot)

        self.destinations_label = QLabel(self.columns)
        self.destinations_label.setObjectName(u"destinations_label")

        self.middle.addWidget(self.destinations_label)

        self.destinations_slot = QWidget(self.columns)
        self.destinations_slot.setObjectName(u"destinations_slot")

        self.middle.addWidget(self.destinations_slot)

        self.middle.setStretch(1, 3)
        self.middle.setStretch(3, 1)

        self.columns_layout.addLayout(self.middle)

        self.right = QVBoxLayout()
        self.right.setSpacing(4)
        self.right.setObjectName(u"right")
        self.outcomes_label = QLabel(self.columns)
        self.outcomes_label.setObjectName(u"outcomes_label")

        self.right.addWidget(self.outcomes_label)

        self.outcomes_slot = QWidget(self.columns)
        self.outcomes_slot.setObjectName(u"outcomes_slot")

        self.right.addWidget(self.outcomes_slot)

        self.caller_box = QGroupBox(self.columns)
        self.caller_box.setObjectName(u"caller_box")
        self.caller_form = QFormLayout(self.caller_box)
        self.caller_form.setObjectName(u"caller_form")
        self.caller_form.setVerticalSpacing(3)
        self.caller_form.setContentsMargins(6, 4, 6, 4)
        self.caller_title = QLabel(self.caller_box)
        self.caller_title.setObjectName(u"caller_title")
        self.caller_title.setWordWrap(True)

        self.caller_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.caller_title)

        self.nickname_label = QLabel(self.caller_box)
        self.nickname_label.setObjectName(u"nickname_label")

        self.caller_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nickname_label)

        self.nickname = QLineEdit(self.caller_box)
        self.nickname.setObjectName(u"nickname")

        self.caller_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nickname)

        self.phone_label = QLabel(self.caller_box)
        self.phone_label.setObjectName(u"phone_label")

        self.caller_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.caller_box)
        self.phone.setObjectName(u"phone")

        self.caller_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(self.caller_box)
        self.email_label.setObjectName(u"email_label")

        self.caller_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.caller_box)
        self.email.setObjectName(u"email")

        self.caller_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email)

        self.caller_info = QLabel(self.caller_box)
        self.caller_info.setObjectName(u"caller_info")
        self.caller_info.setTextFormat(Qt.TextFormat.PlainText)
        self.caller_info.setWordWrap(True)

        self.caller_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.caller_info)


        self.right.addWidget(self.caller_box)

        self.directory_slot = QWidget(self.columns)
        self.directory_slot.setObjectName(u"directory_slot")

        self.right.addWidget(self.directory_slot)

        self.knowledge_slot = QWidget(self.columns)
        self.knowledge_slot.setObjectName(u"knowledge_slot")

        self.right.addWidget(self.knowledge_slot)

        self.right.setStretch(4, 1)

        self.columns_layout.addLayout(self.right)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(2, 2)
        self.details_scroll.setWidget(self.details)

        self.form_layout.addWidget(self.details_scroll)

        self.crisis_offer = QLabel(IntakeForm)
        self.crisis_offer.setObjectName(u"crisis_offer")
        self.crisis_offer.setWordWrap(True)

        self.form_layout.addWidget(self.crisis_offer)

        self.errors_label = QLabel(IntakeForm)
        self.errors_label.setObjectName(u"errors_label")
        self.errors_label.setWordWrap(True)

        self.form_layout.addWidget(self.errors_label)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.draft_label = QLabel(IntakeForm)
        self.draft_label.setObjectName(u"draft_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.draft_label.sizePolicy().hasHeightForWidth())
        self.draft_label.setSizePolicy(sizePolicy1)

        self.buttons.addWidget(self.draft_label)

        self.crisis_button = QPushButton(IntakeForm)
        self.crisis_button.setObjectName(u"crisis_button")
        self.crisis_button.setAutoDefault(False)

        self.buttons.addWidget(self.crisis_button)

        self.history_button = QPushButton(IntakeForm)
        self.history_button.setObjectName(u"history_button")

        self.buttons.addWidget(self.history_button)

        self.discard_button = QPushButton(IntakeForm)
        self.discard_button.setObjectName(u"discard_button")

        self.buttons.addWidget(self.discard_button)

        self.save_button = QPushButton(IntakeForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)


        self.form_layout.addLayout(self.buttons)

        self.form_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.notes_label.setBuddy(self.notes)
        self.nickname_label.setBuddy(self.nickname)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakeForm)

        QMetaObject.connectSlotsByName(IntakeForm)
    # setupUi

    def retranslateUi(self, IntakeForm):
        self.end_call_button.setText(QCoreApplication.translate("IntakeForm", u"End call (F4)", None))
        self.kind_box.setTitle(QCoreApplication.translate("IntakeForm", u"What kind of contact is it? Press a number.", None))
        self.channel_label.setText(QCoreApplication.translate("IntakeForm", u"Channe&l:", None))
        self.started_label.setText(QCoreApplication.translate("IntakeForm", u"Date and &time:", None))
        self.gender_label.setText(QCoreApplication.translate("IntakeForm", u"&Gender:", None))
        self.age_group_label.setText(QCoreApplication.translate("IntakeForm", u"&Age group:", None))
        self.region_label.setText(QCoreApplication.translate("IntakeForm", u"&Region:", None))
        self.caller_role_label.setText(QCoreApplication.translate("IntakeForm", u"Caller's r&ole:", None))
        self.travel_purpose_label.setText(QCoreApplication.translate("IntakeForm", u"Travel &purpose:", None))
        self.how_heard_label.setText(QCoreApplication.translate("IntakeForm", u"&How they heard of us:", None))
        self.crisis.setText(QCoreApplication.translate("IntakeForm", u"Crisis situation a&broad", None))
        self.notes_label.setText(QCoreApplication.translate("IntakeForm", u"&Notes:", None))
        self.topics_label.setText(QCoreApplication.translate("IntakeForm", u"Top&ics (Space ticks):", None))
        self.destinations_label.setText(QCoreApplication.translate("IntakeForm", u"&Destination countries:", None))
        self.outcomes_label.setText(QCoreApplication.translate("IntakeForm", u"O&utcome (Space ticks):", None))
        self.caller_title.setText(QCoreApplication.translate("IntakeForm", u"Caller profile (optional, links repeat contacts)", None))
        self.nickname_label.setText(QCoreApplication.translate("IntakeForm", u"Nic&kname:", None))
        self.phone_label.setText(QCoreApplication.translate("IntakeForm", u"Phon&e:", None))
        self.email_label.setText(QCoreApplication.translate("IntakeForm", u"E-&mail:", None))
        self.crisis_offer.setText(QCoreApplication.translate("IntakeForm", u"Crisis situation abroad: Ctrl+K opens the crisis questionnaire, which saves this contact together with a crisis case.", None))
        self.crisis_button.setText(QCoreApplication.translate("IntakeForm", u"Crisis questionnaire\u2026 (Ctrl+K)", None))
        self.history_button.setText(QCoreApplication.translate("IntakeForm", u"History\u2026", None))
        self.discard_button.setText(QCoreApplication.translate("IntakeForm", u"Discard (Esc)", None))
        self.save_button.setText(QCoreApplication.translate("IntakeForm", u"&Save (Ctrl+S)", None))
        pass
    # retranslateUi
