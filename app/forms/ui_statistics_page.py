# Generated from statistics_page.ui by scripts/build_forms.py (pyside6-uic): do not edit.
# Change statistics_page.ui (in Qt Designer: pyside6-designer) and run the script.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_StatisticsPage(object):
    def setupUi(self, StatisticsPage):
        if not StatisticsPage.objectName():
            StatisticsPage.setObjectName(u"StatisticsPage")
        StatisticsPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(StatisticsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.period_label = QLabel(StatisticsPage)
        self.period_label.setObjectName(u"period_label")

        self.top.addWidget(self.period_label)

        self.period_kind = QComboBox(StatisticsPage)
        self.period_kind.setObjectName(u"period_kind")

        self.top.addWidget(self.period_kind)

        self.year = QSpinBox(StatisticsPage)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.top.addWidget(self.year)

        self.quarter = QComboBox(StatisticsPage)
        self.quarter.setObjectName(u"quarter")

        self.top.addWidget(self.quarter)

        self.month = QComboBox(StatisticsPage)
        self.month.setObjectName(u"month")

        self.top.addWidget(self.month)

        self.date_from_slot = QWidget(StatisticsPage)
        self.date_from_slot.setObjectName(u"date_from_slot")
        self.date_from_layout = QHBoxLayout(self.date_from_slot)
        self.date_from_layout.setObjectName(u"date_from_layout")
        self.date_from_layout.setContentsMargins(0, 0, 0, 0)

        self.top.addWidget(self.date_from_slot)

        self.date_to_slot = QWidget(StatisticsPage)
        self.date_to_slot.setObjectName(u"date_to_slot")
        self.date_to_layout = QHBoxLayout(self.date_to_slot)
        self.date_to_layout.setObjectName(u"date_to_layout")
        self.date_to_layout.setContentsMargins(0, 0, 0, 0)

        self.top.addWidget(self.date_to_slot)

        self.top_gap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.top_gap)

        self.org_label = QLabel(StatisticsPage)
        self.org_label.setObjectName(u"org_label")

        self.top.addWidget(self.org_label)

        self.organisation = QComboBox(StatisticsPage)
        self.organisation.setObjectName(u"organisation")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.organisation.sizePolicy().hasHeightForWidth())
        self.organisation.setSizePolicy(sizePolicy)
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(18)

        self.top.addWidget(self.organisation)

        self.refresh_button = QPushButton(StatisticsPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.top.addWidget(self.refresh_button)


        self.page_layout.addLayout(self.top)

        self.figures = QLabel(StatisticsPage)
        self.figures.setObjectName(u"figures")
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setWordWrap(True)

        self.page_layout.addWidget(self.figures)

        self.tabs = QTabWidget(StatisticsPage)
        self.tabs.setObjectName(u"tabs")
        self.tab_tables = QWidget()
        self.tab_tables.setObjectName(u"tab_tables")
        self.tables_layout = QVBoxLayout(self.tab_tables)
        self.tables_layout.setObjectName(u"tables_layout")
        self.body = QSplitter(self.tab_tables)
        self.body.setObjectName(u"body")
        self.body.setOrientation(Qt.Orientation.Horizontal)
        self.sections = QListWidget(self.body)
        self.sections.setObjectName(u"sections")
        self.sections.setMinimumSize(QSize(190, 0))
        self.sections.setMaximumSize(QSize(280, 16777215))
        self.body.addWidget(self.sections)
        self.detail = QWidget(self.body)
        self.detail.setObjectName(u"detail")
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.detail)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)

        self.detail_layout.addWidget(self.title)

        self.note = QLabel(self.detail)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.detail_layout.addWidget(self.note)

        self.split = QSplitter(self.detail)
        self.split.setObjectName(u"split")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.split.sizePolicy().hasHeightForWidth())
        self.split.setSizePolicy(sizePolicy1)
        self.split.setOrientation(Qt.Orientation.Vertical)
        self.chart_area = QScrollArea(self.split)
        self.chart_area.setObjectName(u"chart_area")
        self.chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_area.setWidgetResizable(True)
        self.split.addWidget(self.chart_area)
        self.table_slot = QWidget(self.split)
        self.table_slot.setObjectName(u"table_slot")
        self.table_layout = QVBoxLayout(self.table_slot)
        self.table_layout.setObjectName(u"table_layout")
        self.table_layout.setContentsMargins(0, 0, 0, 0)
        self.split.addWidget(self.table_slot)

        self.detail_layout.addWidget(self.split)

        self.body.addWidget(self.detail)

        self.tables_layout.addWidget(self.body)

        self.tabs.addTab(self.tab_tables, "")
        self.tab_trends = QWidget()
        self.tab_trends.setObjectName(u"tab_trends")
        self.trends_layout = QVBoxLayout(self.tab_trends)
        self.trends_layout.setObjectName(u"trends_layout")
        self.trend_choice = QHBoxLayout()
        self.trend_choice.setObjectName(u"trend_choice")
        self.trend_dimension_label = QLabel(self.tab_trends)
        self.trend_dimension_label.setObjectName(u"trend_dimension_label")

        self.trend_choice.addWidget(self.trend_dimension_label)

        self.trend_dimension = QComboBox(self.tab_trends)
        self.trend_dimension.setObjectName(u"trend_dimension")

        self.trend_choice.addWidget(self.trend_dimension)

        self.trend_count_label = QLabel(self.tab_trends)
        self.trend_count_label.setObjectName(u"trend_count_label")

        self.trend_choice.addWidget(self.trend_count_label)

        self.trend_count = QSpinBox(self.tab_trends)
        self.trend_count.setObjectName(u"trend_count")
        self.trend_count.setMinimum(2)
        self.trend_count.setMaximum(10)
        self.trend_count.setValue(5)

        self.trend_choice.addWidget(self.trend_count)

        self.trend_unit = QComboBox(self.tab_trends)
        self.trend_unit.setObjectName(u"trend_unit")

        self.trend_choice.addWidget(self.trend_unit)

        self.trend_gap = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trend_choice.addItem(self.trend_gap)


        self.trends_layout.addLayout(self.trend_choice)

        self.trend_note = QLabel(self.tab_trends)
        self.trend_note.setObjectName(u"trend_note")
        self.trend_note.setWordWrap(True)

        self.trends_layout.addWidget(self.trend_note)

        self.trend_view = QTableView(self.tab_trends)
        self.trend_view.setObjectName(u"trend_view")
        self.trend_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trend_view.setAlternatingRowColors(True)

        self.trends_layout.addWidget(self.trend_view)

        self.tabs.addTab(self.tab_trends, "")
        self.tab_campaigns = QWidget()
        self.tab_campaigns.setObjectName(u"tab_campaigns")
        self.campaigns_layout = QHBoxLayout(self.tab_campaigns)
        self.campaigns_layout.setObjectName(u"campaigns_layout")
        self.campaign_left = QVBoxLayout()
        self.campaign_left.setObjectName(u"campaign_left")
        self.campaign_list = QListWidget(self.tab_campaigns)
        self.campaign_list.setObjectName(u"campaign_list")
        self.campaign_list.setMaximumSize(QSize(360, 16777215))

        self.campaign_left.addWidget(self.campaign_list)

        self.campaign_form = QFormLayout()
        self.campaign_form.setObjectName(u"campaign_form")
        self.campaign_name_label = QLabel(self.tab_campaigns)
        self.campaign_name_label.setObjectName(u"campaign_name_label")

        self.campaign_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaign_name_label)

        self.campaign_name = QLineEdit(self.tab_campaigns)
        self.campaign_name.setObjectName(u"campaign_name")
        self.campaign_name.setMaxLength(200)

        self.campaign_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaign_name)

        self.campaign_from_label = QLabel(self.tab_campaigns)
        self.campaign_from_label.setObjectName(u"campaign_from_label")

        self.campaign_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.campaign_from_label)

        self.campaign_from_slot = QWidget(self.tab_campaigns)
        self.campaign_from_slot.setObjectName(u"campaign_from_slot")
        self.campaign_from_layout = QHBoxLayout(self.campaign_from_slot)
        self.campaign_from_layout.setObjectName(u"campaign_from_layout")
        self.campaign_from_layout.setContentsMargins(0, 0, 0, 0)

        self.campaign_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.campaign_from_slot)

        self.campaign_to_label = QLabel(self.tab_campaigns)
        self.campaign_to_label.setObjectName(u"campaign_to_label")

        self.campaign_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.campaign_to_label)

        self.campaign_to_slot = QWidget(self.tab_campaigns)
        self.campaign_to_slot.setObjectName(u"campaign_to_slot")
        self.campaign_to_layout = QHBoxLayout(self.campaign_to_slot)
        self.campaign_to_layout.setObjectName(u"campaign_to_layout")
        self.campaign_to_layout.setContentsMargins(0, 0, 0, 0)

        self.campaign_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.campaign_to_slot)

        self.campaign_channel_label = QLabel(self.tab_campaigns)
        self.campaign_channel_label.setObjectName(u"campaign_channel_label")

        self.campaign_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.campaign_channel_label)

        self.campaign_channel = QComboBox(self.tab_campaigns)
        self.campaign_channel.setObjectName(u"campaign_channel")

        self.campaign_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.campaign_channel)


        self.campaign_left.addLayout(self.campaign_form)

        self.campaign_buttons = QHBoxLayout()
        self.campaign_buttons.setObjectName(u"campaign_buttons")
        self.add_campaign_button = QPushButton(self.tab_campaigns)
        self.add_campaign_button.setObjectName(u"add_campaign_button")

        self.campaign_buttons.addWidget(self.add_campaign_button)

        self.remove_campaign_button = QPushButton(self.tab_campaigns)
        self.remove_campaign_button.setObjectName(u"remove_campaign_button")

        self.campaign_buttons.addWidget(self.remove_campaign_button)


        self.campaign_left.addLayout(self.campaign_buttons)

        self.campaign_status = QLabel(self.tab_campaigns)
        self.campaign_status.setObjectName(u"campaign_status")
        self.campaign_status.setWordWrap(True)

        self.campaign_left.addWidget(self.campaign_status)


        self.campaigns_layout.addLayout(self.campaign_left)

        self.campaign_right = QVBoxLayout()
        self.campaign_right.setObjectName(u"campaign_right")
        self.campaign_title = QLabel(self.tab_campaigns)
        self.campaign_title.setObjectName(u"campaign_title")
        self.campaign_title.setWordWrap(True)

        self.campaign_right.addWidget(self.campaign_title)

        self.campaign_chart_area = QScrollArea(self.tab_campaigns)
        self.campaign_chart_area.setObjectName(u"campaign_chart_area")
        self.campaign_chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.campaign_chart_area.setWidgetResizable(True)

        self.campaign_right.addWidget(self.campaign_chart_area)

        self.campaign_view = QTableView(self.tab_campaigns)
        self.campaign_view.setObjectName(u"campaign_view")
        self.campaign_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.campaign_view.setAlternatingRowColors(True)

        self.campaign_right.addWidget(self.campaign_view)


        self.campaigns_layout.addLayout(self.campaign_right)

        self.tabs.addTab(self.tab_campaigns, "")
        self.tab_texts = QWidget()
        self.tab_texts.setObjectName(u"tab_texts")
        self.texts_layout = QVBoxLayout(self.tab_texts)
        self.texts_layout.setObjectName(u"texts_layout")
        self.texts_hint = QLabel(self.tab_texts)
        self.texts_hint.setObjectName(u"texts_hint")
        self.texts_hint.setWordWrap(True)

        self.texts_layout.addWidget(self.texts_hint)

        self.texts_form = QFormLayout()
        self.texts_form.setObjectName(u"texts_form")
        self.text_introduction_label = QLabel(self.tab_texts)
        self.text_introduction_label.setObjectName(u"text_introduction_label")

        self.texts_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.text_introduction_label)

        self.text_introduction = QPlainTextEdit(self.tab_texts)
        self.text_introduction.setObjectName(u"text_introduction")
        self.text_introduction.setTabChangesFocus(True)

        self.texts_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text_introduction)

        self.text_consultations_label = QLabel(self.tab_texts)
        self.text_consultations_label.setObjectName(u"text_consultations_label")

        self.texts_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_consultations_label)

        self.text_consultations = QPlainTextEdit(self.tab_texts)
        self.text_consultations.setObjectName(u"text_consultations")
        self.text_consultations.setTabChangesFocus(True)

        self.texts_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_consultations)

        self.text_crisis_label = QLabel(self.tab_texts)
        self.text_crisis_label.setObjectName(u"text_crisis_label")

        self.texts_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.text_crisis_label)

        self.text_crisis = QPlainTextEdit(self.tab_texts)
        self.text_crisis.setObjectName(u"text_crisis")
        self.text_crisis.setTabChangesFocus(True)

        self.texts_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.text_crisis)

        self.text_assistance_label = QLabel(self.tab_texts)
        self.text_assistance_label.setObjectName(u"text_assistance_label")

        self.texts_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.text_assistance_label)

        self.text_assistance = QPlainTextEdit(self.tab_texts)
        self.text_assistance.setObjectName(u"text_assistance")
        self.text_assistance.setTabChangesFocus(True)

        self.texts_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.text_assistance)

        self.text_conclusion_label = QLabel(self.tab_texts)
        self.text_conclusion_label.setObjectName(u"text_conclusion_label")

        self.texts_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.text_conclusion_label)

        self.text_conclusion = QPlainTextEdit(self.tab_texts)
        self.text_conclusion.setObjectName(u"text_conclusion")
        self.text_conclusion.setTabChangesFocus(True)

        self.texts_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.text_conclusion)


        self.texts_layout.addLayout(self.texts_form)

        self.texts_buttons = QHBoxLayout()
        self.texts_buttons.setObjectName(u"texts_buttons")
        self.texts_status = QLabel(self.tab_texts)
        self.texts_status.setObjectName(u"texts_status")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.texts_status.sizePolicy().hasHeightForWidth())
        self.texts_status.setSizePolicy(sizePolicy2)
        self.texts_status.setWordWrap(True)

        self.texts_buttons.addWidget(self.texts_status)

        self.save_texts_button = QPushButton(self.tab_texts)
        self.save_texts_button.setObjectName(u"save_texts_button")

        self.texts_buttons.addWidget(self.save_texts_button)


        self.texts_layout.addLayout(self.texts_buttons)

        self.tabs.addTab(self.tab_texts, "")

        self.page_layout.addWidget(self.tabs)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.status = QLabel(StatisticsPage)
        self.status.setObjectName(u"status")
        sizePolicy2.setHeightForWidth(self.status.sizePolicy().hasHeightForWidth())
        self.status.setSizePolicy(sizePolicy2)
        self.status.setWordWrap(True)

        self.bottom.addWidget(self.status)

        self.release = QCheckBox(StatisticsPage)
        self.release.setObjectName(u"release")

        self.bottom.addWidget(self.release)

        self.threshold = QSpinBox(StatisticsPage)
        self.threshold.setObjectName(u"threshold")
        self.threshold.setEnabled(False)
        self.threshold.setMinimum(2)
        self.threshold.setMaximum(100)
        self.threshold.setValue(5)

        self.bottom.addWidget(self.threshold)

        self.chart_button = QPushButton(StatisticsPage)
        self.chart_button.setObjectName(u"chart_button")

        self.bottom.addWidget(self.chart_button)

        self.export_button = QPushButton(StatisticsPage)
        self.export_button.setObjectName(u"export_button")

        self.bottom.addWidget(self.export_button)


        self.page_layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_kind)
        self.org_label.setBuddy(self.organisation)
        self.trend_dimension_label.setBuddy(self.trend_dimension)
        self.trend_count_label.setBuddy(self.trend_count)
        self.campaign_name_label.setBuddy(self.campaign_name)
        self.campaign_channel_label.setBuddy(self.campaign_channel)
        self.text_introduction_label.setBuddy(self.text_introduction)
        self.text_consultations_label.setBuddy(self.text_consultations)
        self.text_crisis_label.setBuddy(self.text_crisis)
        self.text_assistance_label.setBuddy(self.text_assistance)
        self.text_conclusion_label.setBuddy(self.text_conclusion)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatisticsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StatisticsPage)
    # setupUi

    def retranslateUi(self, StatisticsPage):
        self.period_label.setText(QCoreApplication.translate("StatisticsPage", u"&Period:", None))
        self.org_label.setText(QCoreApplication.translate("StatisticsPage", u"&Organisation:", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("StatisticsPage", u"Count again with the latest records (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.refresh_button.setText(QCoreApplication.translate("StatisticsPage", u"Recompu&te", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_tables), QCoreApplication.translate("StatisticsPage", u"Tables and charts", None))
        self.trend_dimension_label.setText(QCoreApplication.translate("StatisticsPage", u"Sho&w:", None))
        self.trend_count_label.setText(QCoreApplication.translate("StatisticsPage", u"&Side by side:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_trends), QCoreApplication.translate("StatisticsPage", u"Trends", None))
        self.campaign_name_label.setText(QCoreApplication.translate("StatisticsPage", u"Na&me:", None))
        self.campaign_from_label.setText(QCoreApplication.translate("StatisticsPage", u"Started on:", None))
        self.campaign_to_label.setText(QCoreApplication.translate("StatisticsPage", u"Ended on:", None))
        self.campaign_channel_label.setText(QCoreApplication.translate("StatisticsPage", u"Channe&l:", None))
        self.add_campaign_button.setText(QCoreApplication.translate("StatisticsPage", u"A&dd the campaign", None))
        self.remove_campaign_button.setText(QCoreApplication.translate("StatisticsPage", u"Remove the campai&gn", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_campaigns), QCoreApplication.translate("StatisticsPage", u"Campaigns", None))
        self.texts_hint.setText(QCoreApplication.translate("StatisticsPage", u"Your words for the published report of this period and organisation: they go into the PDF and DOCX where the sections are. Leave a box empty to leave its text out. Never write about a person who could be recognised.", None))
        self.text_introduction_label.setText(QCoreApplication.translate("StatisticsPage", u"&Introduction:", None))
        self.text_consultations_label.setText(QCoreApplication.translate("StatisticsPage", u"&Consultations:", None))
        self.text_crisis_label.setText(QCoreApplication.translate("StatisticsPage", u"Crisis and tra&fficking:", None))
        self.text_assistance_label.setText(QCoreApplication.translate("StatisticsPage", u"&Assistance:", None))
        self.text_conclusion_label.setText(QCoreApplication.translate("StatisticsPage", u"Co&nclusions:", None))
        self.save_texts_button.setText(QCoreApplication.translate("StatisticsPage", u"Sa&ve the texts", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_texts), QCoreApplication.translate("StatisticsPage", u"Report texts", None))
#if QT_CONFIG(tooltip)
        self.release.setToolTip(QCoreApplication.translate("StatisticsPage", u"Exports for outside release show small numbers as \u201c<5\u201d (and as many others as needed so that none can be worked out), and leave out every name.", None))
#endif // QT_CONFIG(tooltip)
        self.release.setText(QCoreApplication.translate("StatisticsPage", u"For outside &release, hide numbers below", None))
#if QT_CONFIG(tooltip)
        self.chart_button.setToolTip(QCoreApplication.translate("StatisticsPage", u"Save the chart shown as a picture (PNG) or a drawing (SVG), for a presentation", None))
#endif // QT_CONFIG(tooltip)
        self.chart_button.setText(QCoreApplication.translate("StatisticsPage", u"Save the c&hart\u2026", None))
        self.export_button.setText(QCoreApplication.translate("StatisticsPage", u"&Export the report", None))
        pass
    # retranslateUi
