# Generated from assistance_page.ui by scripts/build_forms.py (pyside6-uic): do not edit.
# Change assistance_page.ui (in Qt Designer: pyside6-designer) and run the script.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AssistancePage(object):
    def setupUi(self, AssistancePage):
        if not AssistancePage.objectName():
            AssistancePage.setObjectName(u"AssistancePage")
        self.page_layout = QVBoxLayout(AssistancePage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(AssistancePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.left = QWidget(self.splitter)
        self.left.setObjectName(u"left")
        self.left_layout = QVBoxLayout(self.left)
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.status_label = QLabel(self.left)
        self.status_label.setObjectName(u"status_label")

        self.filters.addWidget(self.status_label, 0, 0, 1, 1)

        self.status_filter = QComboBox(self.left)
        self.status_filter.setObjectName(u"status_filter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter.setMinimumContentsLength(10)

        self.filters.addWidget(self.status_filter, 0, 1, 1, 1)

        self.trafficking_label = QLabel(self.left)
        self.trafficking_label.setObjectName(u"trafficking_label")

        self.filters.addWidget(self.trafficking_label, 0, 2, 1, 1)

        self.search_label = QLabel(self.left)
        self.search_label.setObjectName(u"search_label")

        self.filters.addWidget(self.search_label, 1, 0, 1, 1)

        self.search = QLineEdit(self.left)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search, 1, 1, 1, 3)

        self.filters.setColumnStretch(1, 1)
        self.filters.setColumnStretch(3, 1)

        self.left_layout.addLayout(self.filters)

        self.view = QTableView(self.left)
        self.view.setObjectName(u"view")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)

        self.left_layout.addWidget(self.view)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.count_label = QLabel(self.left)
        self.count_label.setObjectName(u"count_label")

        self.list_buttons.addWidget(self.count_label)

        self.new_button = QPushButton(self.left)
        self.new_button.setObjectName(u"new_button")

        self.list_buttons.addWidget(self.new_button)

        self.list_buttons.setStretch(0, 1)

        self.left_layout.addLayout(self.list_buttons)

        self.left_layout.setStretch(1, 1)
        self.splitter.addWidget(self.left)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.case_title = QLabel(self.detail)
        self.case_title.setObjectName(u"case_title")

        self.detail_layout.addWidget(self.case_title)

        self.case_info = QLabel(self.detail)
        self.case_info.setObjectName(u"case_info")
        self.case_info.setTextFormat(Qt.TextFormat.RichText)
        self.case_info.setWordWrap(True)

        self.detail_layout.addWidget(self.case_info)

        self.case_buttons = QHBoxLayout()
        self.case_buttons.setObjectName(u"case_buttons")
        self.status_button = QPushButton(self.detail)
        self.status_button.setObjectName(u"status_button")

        self.case_buttons.addWidget(self.status_button)

        self.case_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.case_buttons.addItem(self.case_gap)

        self.print_button = QPushButton(self.detail)
        self.print_button.setObjectName(u"print_button")

        self.case_buttons.addWidget(self.print_button)

        self.redacted_button = QPushButton(self.detail)
        self.redacted_button.setObjectName(u"redacted_button")

        self.case_buttons.addWidget(self.redacted_button)


        self.detail_layout.addLayout(self.case_buttons)

        self.print_status = QLabel(self.detail)
        self.print_status.setObjectName(u"print_status")
        self.print_status.setWordWrap(True)

        self.detail_layout.addWidget(self.print_status)

        self.tabs = QTabWidget(self.detail)
        self.tabs.setObjectName(u"tabs")
        self.client_tab = QWidget()
        self.client_tab.setObjectName(u"client_tab")
        self.client_tab_layout = QVBoxLayout(self.client_tab)
        self.client_tab_layout.setObjectName(u"client_tab_layout")
        self.client_info = QLabel(self.client_tab)
        self.client_info.setObjectName(u"client_info")
        self.client_info.setTextFormat(Qt.TextFormat.RichText)
        self.client_info.setWordWrap(True)
        self.client_info.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.client_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.client_tab_layout.addWidget(self.client_info)

        self.relatives_label = QLabel(self.client_tab)
        self.relatives_label.setObjectName(u"relatives_label")

        self.client_tab_layout.addWidget(self.relatives_label)

        self.relatives = QTableWidget(self.client_tab)
        if (self.relatives.columnCount() < 4):
            self.relatives.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.relatives.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.relatives.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.relatives.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.relatives.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.relatives.setObjectName(u"relatives")
        self.relatives.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.relatives.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.relatives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.relatives.setWordWrap(False)
        self.relatives.horizontalHeader().setStretchLastSection(True)
        self.relatives.verticalHeader().setVisible(False)

        self.client_tab_layout.addWidget(self.relatives)

        self.client_buttons = QHBoxLayout()
        self.client_buttons.setObjectName(u"client_buttons")
        self.client_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.client_buttons.addItem(self.client_gap)

        self.edit_client_button = QPushButton(self.client_tab)
        self.edit_client_button.setObjectName(u"edit_client_button")

        self.client_buttons.addWidget(self.edit_client_button)


        self.client_tab_layout.addLayout(self.client_buttons)

        self.client_tab_layout.setStretch(2, 1)
        self.tabs.addTab(self.client_tab, "")
        self.trafficking_tab = QWidget()
        self.trafficking_tab.setObjectName(u"trafficking_tab")
        self.trafficking_tab_layout = QVBoxLayout(self.trafficking_tab)
        self.trafficking_tab_layout.setObjectName(u"trafficking_tab_layout")
        self.trafficking_info = QLabel(self.trafficking_tab)
        self.trafficking_info.setObjectName(u"trafficking_info")
        self.trafficking_info.setTextFormat(Qt.TextFormat.RichText)
        self.trafficking_info.setWordWrap(True)
        self.trafficking_info.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.trafficking_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trafficking_tab_layout.addWidget(self.trafficking_info)

        self.trafficking_buttons = QHBoxLayout()
        self.trafficking_buttons.setObjectName(u"trafficking_buttons")
        self.trafficking_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trafficking_buttons.addItem(self.trafficking_gap)

        self.edit_trafficking_button = QPushButton(self.trafficking_tab)
        self.edit_trafficking_button.setObjectName(u"edit_trafficking_button")

        self.trafficking_buttons.addWidget(self.edit_trafficking_button)


        self.trafficking_tab_layout.addLayout(self.trafficking_buttons)

        self.trafficking_tab_layout.setStretch(0, 1)
        self.tabs.addTab(self.trafficking_tab, "")
        self.consent_tab = QWidget()
        self.consent_tab.setObjectName(u"consent_tab")
        self.consent_tab_layout = QVBoxLayout(self.consent_tab)
        self.consent_tab_layout.setObjectName(u"consent_tab_layout")
        self.consents = QTableWidget(self.consent_tab)
        if (self.consents.columnCount() < 5):
            self.consents.setColumnCount(5)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.consents.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.consents.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.consents.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.consents.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.consents.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        self.consents.setObjectName(u"consents")
        self.consents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents.setWordWrap(False)
        self.consents.horizontalHeader().setStretchLastSection(True)
        self.consents.verticalHeader().setVisible(False)

        self.consent_tab_layout.addWidget(self.consents)

        self.consent_buttons = QHBoxLayout()
        self.consent_buttons.setObjectName(u"consent_buttons")
        self.add_consent_button = QPushButton(self.consent_tab)
        self.add_consent_button.setObjectName(u"add_consent_button")

        self.consent_buttons.addWidget(self.add_consent_button)

        self.consent_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consent_buttons.addItem(self.consent_gap)

        self.withdraw_button = QPushButton(self.consent_tab)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.consent_buttons.addWidget(self.withdraw_button)


        self.consent_tab_layout.addLayout(self.consent_buttons)

        self.consent_tab_layout.setStretch(0, 3)
        self.tabs.addTab(self.consent_tab, "")
        self.services_tab = QWidget()
        self.services_tab.setObjectName(u"services_tab")
        self.services_tab_layout = QVBoxLayout(self.services_tab)
        self.services_tab_layout.setObjectName(u"services_tab_layout")
        self.services_summary = QLabel(self.services_tab)
        self.services_summary.setObjectName(u"services_summary")
        self.services_summary.setWordWrap(True)

        self.services_tab_layout.addWidget(self.services_summary)

        self.services = QTableWidget(self.services_tab)
        if (self.services.columnCount() < 6):
            self.services.setColumnCount(6)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(5, __qtablewidgetitem14)
        self.services.setObjectName(u"services")
        self.services.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.services.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.services.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.services.setWordWrap(False)
        self.services.horizontalHeader().setStretchLastSection(True)
        self.services.verticalHeader().setVisible(False)

        self.services_tab_layout.addWidget(self.services)

        self.services_buttons = QHBoxLayout()
        self.services_buttons.setObjectName(u"services_buttons")
        self.add_service_button = QPushButton(self.services_tab)
        self.add_service_button.setObjectName(u"add_service_button")

        self.services_buttons.addWidget(self.add_service_button)

        self.services_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.services_buttons.addItem(self.services_gap)

        self.edit_service_button = QPushButton(self.services_tab)
        self.edit_service_button.setObjectName(u"edit_service_button")

        self.services_buttons.addWidget(self.edit_service_button)

        self.given_button = QPushButton(self.services_tab)
        self.given_button.setObjectName(u"given_button")

        self.services_buttons.addWidget(self.given_button)

        self.service_declined_button = QPushButton(self.services_tab)
        self.service_declined_button.setObjectName(u"service_declined_button")

        self.services_buttons.addWidget(self.service_declined_button)

        self.delete_service_button = QPushButton(self.services_tab)
        self.delete_service_button.setObjectName(u"delete_service_button")

        self.services_buttons.addWidget(self.delete_service_button)


        self.services_tab_layout.addLayout(self.services_buttons)

        self.services_tab_layout.setStretch(1, 3)
        self.tabs.addTab(self.services_tab, "")
        self.referrals_tab = QWidget()
        self.referrals_tab.setObjectName(u"referrals_tab")
        self.referrals_tab_layout = QVBoxLayout(self.referrals_tab)
        self.referrals_tab_layout.setObjectName(u"referrals_tab_layout")
        self.referrals = QTableWidget(self.referrals_tab)
        if (self.referrals.columnCount() < 4):
            self.referrals.setColumnCount(4)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.referrals.setHorizontalHeaderItem(0, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.referrals.setHorizontalHeaderItem(1, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.referrals.setHorizontalHeaderItem(2, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.referrals.setHorizontalHeaderItem(3, __qtablewidgetitem18)
        self.referrals.setObjectName(u"referrals")
        self.referrals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.setWordWrap(False)
        self.referrals.horizontalHeader().setStretchLastSection(True)
        self.referrals.verticalHeader().setVisible(False)

        self.referrals_tab_layout.addWidget(self.referrals)

        self.referrals_buttons = QHBoxLayout()
        self.referrals_buttons.setObjectName(u"referrals_buttons")
        self.add_referral_button = QPushButton(self.referrals_tab)
        self.add_referral_button.setObjectName(u"add_referral_button")

        self.referrals_buttons.addWidget(self.add_referral_button)

        self.referrals_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.referrals_buttons.addItem(self.referrals_gap)

        self.accept_button = QPushButton(self.referrals_tab)
        self.accept_button.setObjectName(u"accept_button")

        self.referrals_buttons.addWidget(self.accept_button)

        self.decline_button = QPushButton(self.referrals_tab)
        self.decline_button.setObjectName(u"decline_button")

        self.referrals_buttons.addWidget(self.decline_button)

        self.done_button = QPushButton(self.referrals_tab)
        self.done_button.setObjectName(u"done_button")

        self.referrals_buttons.addWidget(self.done_button)

        self.delete_referral_button = QPushButton(self.referrals_tab)
        self.delete_referral_button.setObjectName(u"delete_referral_button")

        self.referrals_buttons.addWidget(self.delete_referral_button)


        self.referrals_tab_layout.addLayout(self.referrals_buttons)

        self.referrals_tab_layout.setStretch(0, 3)
        self.tabs.addTab(self.referrals_tab, "")
        self.monitoring_tab = QWidget()
        self.monitoring_tab.setObjectName(u"monitoring_tab")
        self.monitoring_tab_layout = QVBoxLayout(self.monitoring_tab)
        self.monitoring_tab_layout.setObjectName(u"monitoring_tab_layout")
        self.visits = QTableWidget(self.monitoring_tab)
        self.visits.setObjectName(u"visits")
        self.visits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.visits.setWordWrap(False)
        self.visits.horizontalHeader().setStretchLastSection(False)

        self.monitoring_tab_layout.addWidget(self.visits)

        self.visit_detail = QLabel(self.monitoring_tab)
        self.visit_detail.setObjectName(u"visit_detail")
        self.visit_detail.setTextFormat(Qt.TextFormat.RichText)
        self.visit_detail.setWordWrap(True)
        self.visit_detail.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.monitoring_tab_layout.addWidget(self.visit_detail)

        self.monitoring_buttons = QHBoxLayout()
        self.monitoring_buttons.setObjectName(u"monitoring_buttons")
        self.add_visit_button = QPushButton(self.monitoring_tab)
        self.add_visit_button.setObjectName(u"add_visit_button")

        self.monitoring_buttons.addWidget(self.add_visit_button)

        self.monitoring_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monitoring_buttons.addItem(self.monitoring_gap)

        self.edit_visit_button = QPushButton(self.monitoring_tab)
        self.edit_visit_button.setObjectName(u"edit_visit_button")

        self.monitoring_buttons.addWidget(self.edit_visit_button)

        self.delete_visit_button = QPushButton(self.monitoring_tab)
        self.delete_visit_button.setObjectName(u"delete_visit_button")

        self.monitoring_buttons.addWidget(self.delete_visit_button)


        self.monitoring_tab_layout.addLayout(self.monitoring_buttons)

        self.monitoring_tab_layout.setStretch(0, 3)
        self.monitoring_tab_layout.setStretch(1, 2)
        self.tabs.addTab(self.monitoring_tab, "")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_tab_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_tab_layout.setObjectName(u"timeline_tab_layout")
        self.timeline = QListWidget(self.timeline_tab)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)

        self.timeline_tab_layout.addWidget(self.timeline)

        self.timeline_buttons = QHBoxLayout()
        self.timeline_buttons.setObjectName(u"timeline_buttons")
        self.note_button = QPushButton(self.timeline_tab)
        self.note_button.setObjectName(u"note_button")

        self.timeline_buttons.addWidget(self.note_button)

        self.timeline_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeline_buttons.addItem(self.timeline_gap)


        self.timeline_tab_layout.addLayout(self.timeline_buttons)

        self.timeline_tab_layout.setStretch(0, 3)
        self.tabs.addTab(self.timeline_tab, "")

        self.detail_layout.addWidget(self.tabs)

        self.detail_layout.setStretch(4, 1)
        self.splitter.addWidget(self.detail)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_filter)
        self.search_label.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssistancePage)

        QMetaObject.connectSlotsByName(AssistancePage)
    # setupUi

    def retranslateUi(self, AssistancePage):
        self.status_label.setText(QCoreApplication.translate("AssistancePage", u"&Show:", None))
        self.trafficking_label.setText(QCoreApplication.translate("AssistancePage", u"S&tatus:", None))
        self.search_label.setText(QCoreApplication.translate("AssistancePage", u"&Find:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("AssistancePage", u"Number, name or phone", None))
        self.new_button.setText(QCoreApplication.translate("AssistancePage", u"&New case\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("AssistancePage", u"Open a new assistance case (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.status_button.setText(QCoreApplication.translate("AssistancePage", u"Change stat&us\u2026", None))
        self.print_button.setText(QCoreApplication.translate("AssistancePage", u"&Print summary\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("AssistancePage", u"The case summary as a PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.redacted_button.setText(QCoreApplication.translate("AssistancePage", u"Re&dacted PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.redacted_button.setToolTip(QCoreApplication.translate("AssistancePage", u"A summary without names, phone numbers, addresses and dates of birth, for sharing (Ctrl+Shift+P)", None))
#endif // QT_CONFIG(tooltip)
        self.relatives_label.setText(QCoreApplication.translate("AssistancePage", u"Relatives involved", None))
        ___qtablewidgetitem = self.relatives.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AssistancePage", u"Name", None))
        ___qtablewidgetitem1 = self.relatives.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AssistancePage", u"Relation", None))
        ___qtablewidgetitem2 = self.relatives.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AssistancePage", u"Phone", None))
        ___qtablewidgetitem3 = self.relatives.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AssistancePage", u"Notes", None))
        self.edit_client_button.setText(QCoreApplication.translate("AssistancePage", u"&Edit client\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.client_tab), QCoreApplication.translate("AssistancePage", u"Client", None))
        self.edit_trafficking_button.setText(QCoreApplication.translate("AssistancePage", u"&Edit trafficking details\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.trafficking_tab), QCoreApplication.translate("AssistancePage", u"Trafficking", None))
        ___qtablewidgetitem4 = self.consents.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AssistancePage", u"What", None))
        ___qtablewidgetitem5 = self.consents.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AssistancePage", u"With whom", None))
        ___qtablewidgetitem6 = self.consents.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AssistancePage", u"Given", None))
        ___qtablewidgetitem7 = self.consents.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("AssistancePage", u"Valid", None))
        ___qtablewidgetitem8 = self.consents.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("AssistancePage", u"Notes", None))
        self.add_consent_button.setText(QCoreApplication.translate("AssistancePage", u"&Record consent\u2026", None))
        self.withdraw_button.setText(QCoreApplication.translate("AssistancePage", u"&Withdrawn", None))
        self.tabs.setTabText(self.tabs.indexOf(self.consent_tab), QCoreApplication.translate("AssistancePage", u"Consent", None))
        ___qtablewidgetitem9 = self.services.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("AssistancePage", u"Date", None))
        ___qtablewidgetitem10 = self.services.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("AssistancePage", u"Service", None))
        ___qtablewidgetitem11 = self.services.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("AssistancePage", u"Provided by", None))
        ___qtablewidgetitem12 = self.services.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("AssistancePage", u"Status", None))
        ___qtablewidgetitem13 = self.services.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("AssistancePage", u"Cost", None))
        ___qtablewidgetitem14 = self.services.horizontalHeaderItem(5)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("AssistancePage", u"Notes", None))
        self.add_service_button.setText(QCoreApplication.translate("AssistancePage", u"&Add a service\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_service_button.setToolTip(QCoreApplication.translate("AssistancePage", u"Insert", None))
#endif // QT_CONFIG(tooltip)
        self.edit_service_button.setText(QCoreApplication.translate("AssistancePage", u"&Edit\u2026", None))
        self.given_button.setText(QCoreApplication.translate("AssistancePage", u"&Given", None))
        self.service_declined_button.setText(QCoreApplication.translate("AssistancePage", u"Dec&lined", None))
        self.delete_service_button.setText(QCoreApplication.translate("AssistancePage", u"Remo&ve", None))
        self.tabs.setTabText(self.tabs.indexOf(self.services_tab), QCoreApplication.translate("AssistancePage", u"Services", None))
        ___qtablewidgetitem15 = self.referrals.horizontalHeaderItem(0)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("AssistancePage", u"Sent", None))
        ___qtablewidgetitem16 = self.referrals.horizontalHeaderItem(1)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("AssistancePage", u"To", None))
        ___qtablewidgetitem17 = self.referrals.horizontalHeaderItem(2)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("AssistancePage", u"Status", None))
        ___qtablewidgetitem18 = self.referrals.horizontalHeaderItem(3)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("AssistancePage", u"Purpose", None))
        self.add_referral_button.setText(QCoreApplication.translate("AssistancePage", u"&Add a referral\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_referral_button.setToolTip(QCoreApplication.translate("AssistancePage", u"Insert", None))
#endif // QT_CONFIG(tooltip)
        self.accept_button.setText(QCoreApplication.translate("AssistancePage", u"A&ccepted", None))
        self.decline_button.setText(QCoreApplication.translate("AssistancePage", u"Dec&lined\u2026", None))
        self.done_button.setText(QCoreApplication.translate("AssistancePage", u"D&one", None))
        self.delete_referral_button.setText(QCoreApplication.translate("AssistancePage", u"Remo&ve", None))
        self.tabs.setTabText(self.tabs.indexOf(self.referrals_tab), QCoreApplication.translate("AssistancePage", u"Referrals", None))
        self.add_visit_button.setText(QCoreApplication.translate("AssistancePage", u"&Add a visit\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_visit_button.setToolTip(QCoreApplication.translate("AssistancePage", u"Insert", None))
#endif // QT_CONFIG(tooltip)
        self.edit_visit_button.setText(QCoreApplication.translate("AssistancePage", u"&Edit\u2026", None))
        self.delete_visit_button.setText(QCoreApplication.translate("AssistancePage", u"Remo&ve", None))
        self.tabs.setTabText(self.tabs.indexOf(self.monitoring_tab), QCoreApplication.translate("AssistancePage", u"Monitoring", None))
        self.note_button.setText(QCoreApplication.translate("AssistancePage", u"Add a no&te\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timeline_tab), QCoreApplication.translate("AssistancePage", u"Timeline", None))
        pass
    # retranslateUi
