# Generated from review_dialog.ui by scripts/build_forms.py (pyside6-uic): do not edit.
# Change review_dialog.ui (in Qt Designer: pyside6-designer) and run the script.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.setSizeGripEnabled(True)
        self.dialog_layout = QVBoxLayout(ReviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.splitter = QSplitter(ReviewDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.right = QWidget(self.splitter)
        self.right.setObjectName(u"right")
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setObjectName(u"right_layout")
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.heading = QLabel(self.right)
        self.heading.setObjectName(u"heading")

        self.head.addWidget(self.heading)

        self.head_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.head.addItem(self.head_gap)

        self.summary = QLabel(self.right)
        self.summary.setObjectName(u"summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.head.addWidget(self.summary)

        self.head.setStretch(1, 1)

        self.right_layout.addLayout(self.head)

        self.right_stack = QStackedWidget(self.right)
        self.right_stack.setObjectName(u"right_stack")
        self.editor = QWidget()
        self.editor.setObjectName(u"editor")
        self.editor_layout = QVBoxLayout(self.editor)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.editor)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.editor_layout.addWidget(self.hint)

        self.rubric_scroll = QScrollArea(self.editor)
        self.rubric_scroll.setObjectName(u"rubric_scroll")
        self.rubric_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rubric_scroll.setWidgetResizable(True)
        self.rubric_widget = QWidget()
        self.rubric_widget.setObjectName(u"rubric_widget")
        self.rubric_layout = QVBoxLayout(self.rubric_widget)
        self.rubric_layout.setSpacing(1)
        self.rubric_layout.setObjectName(u"rubric_layout")
        self.rubric_layout.setContentsMargins(0, 0, 4, 0)
        self.rubric_scroll.setWidget(self.rubric_widget)

        self.editor_layout.addWidget(self.rubric_scroll)

        self.guide = QLabel(self.editor)
        self.guide.setObjectName(u"guide")
        self.guide.setMinimumSize(QSize(0, 70))
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.guide.setWordWrap(True)

        self.editor_layout.addWidget(self.guide)

        self.feedback_label = QLabel(self.editor)
        self.feedback_label.setObjectName(u"feedback_label")

        self.editor_layout.addWidget(self.feedback_label)

        self.feedback = QPlainTextEdit(self.editor)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setMaximumSize(QSize(16777215, 110))
        self.feedback.setTabChangesFocus(True)

        self.editor_layout.addWidget(self.feedback)

        self.reason_row = QHBoxLayout()
        self.reason_row.setObjectName(u"reason_row")
        self.reason_label = QLabel(self.editor)
        self.reason_label.setObjectName(u"reason_label")

        self.reason_row.addWidget(self.reason_label)

        self.reason = QLineEdit(self.editor)
        self.reason.setObjectName(u"reason")

        self.reason_row.addWidget(self.reason)

        self.reason_row.setStretch(1, 1)

        self.editor_layout.addLayout(self.reason_row)

        self.errors = QLabel(self.editor)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)

        self.editor_layout.addWidget(self.errors)

        self.editor_layout.setStretch(1, 1)
        self.right_stack.addWidget(self.editor)

        self.right_layout.addWidget(self.right_stack)

        self.right_layout.setStretch(1, 1)
        self.splitter.addWidget(self.right)

        self.dialog_layout.addWidget(self.splitter)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.status = QLabel(ReviewDialog)
        self.status.setObjectName(u"status")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status.sizePolicy().hasHeightForWidth())
        self.status.setSizePolicy(sizePolicy)

        self.buttons.addWidget(self.status)

        self.discard_button = QPushButton(ReviewDialog)
        self.discard_button.setObjectName(u"discard_button")
        self.discard_button.setAutoDefault(False)

        self.buttons.addWidget(self.discard_button)

        self.correct_button = QPushButton(ReviewDialog)
        self.correct_button.setObjectName(u"correct_button")
        self.correct_button.setAutoDefault(False)

        self.buttons.addWidget(self.correct_button)

        self.draft_button = QPushButton(ReviewDialog)
        self.draft_button.setObjectName(u"draft_button")
        self.draft_button.setAutoDefault(False)

        self.buttons.addWidget(self.draft_button)

        self.complete_button = QPushButton(ReviewDialog)
        self.complete_button.setObjectName(u"complete_button")
        self.complete_button.setAutoDefault(False)

        self.buttons.addWidget(self.complete_button)

        self.close_button = QPushButton(ReviewDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons.addWidget(self.close_button)

        self.buttons.setStretch(0, 1)

        self.dialog_layout.addLayout(self.buttons)

        self.dialog_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.feedback_label.setBuddy(self.feedback)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Review of a contact", None))
        self.hint.setText(QCoreApplication.translate("ReviewDialog", u"0, 1, 2 score a criterion and N marks it not applicable; the next one follows. Del clears, C adds a comment, \u2191 \u2193 and Tab move. Ctrl+S saves a draft, Ctrl+Enter completes.", None))
        self.feedback_label.setText(QCoreApplication.translate("ReviewDialog", u"Overall &feedback for the consultant (required):", None))
        self.reason_label.setText(QCoreApplication.translate("ReviewDialog", u"&Reason for the correction:", None))
        self.discard_button.setText(QCoreApplication.translate("ReviewDialog", u"Discard changes", None))
        self.correct_button.setText(QCoreApplication.translate("ReviewDialog", u"Co&rrect\u2026", None))
        self.draft_button.setText(QCoreApplication.translate("ReviewDialog", u"Save &draft (Ctrl+S)", None))
        self.complete_button.setText(QCoreApplication.translate("ReviewDialog", u"Co&mplete (Ctrl+Enter)", None))
        self.close_button.setText(QCoreApplication.translate("ReviewDialog", u"Close (Esc)", None))
    # retranslateUi
