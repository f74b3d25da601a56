"""Help → Spreadsheet format, Store errors, Where secrets are kept: one window with three tabs.

The pages are built from ``app.catalog.guide`` (the field registry and the error table), in the
window's language, so they never drift from what the app reads and what the store answers.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.catalog.guide import CONNECTION, spreadsheet_format, store_errors
from app.gui.kit.i18n import current_lang
from app.gui.kit.retranslate import Retranslating
from app.profiles.secrets import SECRET_KINDS, SERVICE, username

#: the tabs, in order: what each page is about
PAGES = ("format", "errors", "secrets")


def _table(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th align='left'>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table cellspacing='0' cellpadding='4' border='1'><tr>{cells}</tr>{body}</table>"


class GuideDialog(Retranslating, QDialog):
    """The merchant's reference, one tab per page (``PAGES``)."""

    def __init__(self, parent: QWidget | None = None, page: str = "format") -> None:
        super().__init__(parent)
        self.setObjectName("guide-dialog")
        self.resize(900, 620)
        self.tabs = QTabWidget(self)
        self.pages: dict[str, QTextBrowser] = {}
        for name in PAGES:
            browser = QTextBrowser(self.tabs)
            browser.setObjectName(f"guide-{name}")
            browser.setOpenExternalLinks(False)
            self.pages[name] = browser
            self.tabs.addTab(browser, "")
        # a plain button: a standard one takes Qt's own word back at each language change
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate()
        self.show_page(page)

    def show_page(self, page: str) -> None:
        self.tabs.setCurrentIndex(PAGES.index(page))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help"))
        self.close_button.setText(self.tr("Close"))
        titles = (self.tr("Spreadsheet format"), self.tr("Store errors"), self.tr("Your secrets"))
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.pages["format"].setHtml(self._format_page())
        self.pages["errors"].setHtml(self._errors_page())
        self.pages["secrets"].setHtml(self._secrets_page())

    def _format_page(self) -> str:
        lang = current_lang()
        intro = self.tr(
            "Each column of your sheet is matched to a field by its header. The header can be"
            " in Indonesian or English, or any of the other names listed; upper or lower case"
            " does not matter. Columns the app does not know are kept in your workbook and not"
            " sent."
        )
        yes, no = self.tr("Required"), self.tr("Optional")
        rows = [
            [
                f"<b>{escape(g.label)}</b><br><small>{escape(', '.join(g.other_headers))}</small>",
                yes if g.required else no,
                escape(g.description),
                escape(g.forms) + f"<br><small>{self.tr('Example:')} {escape(g.example)}</small>",
            ]
            for g in spreadsheet_format(lang)
        ]
        head = [self.tr("Column"), self.tr("Needed"), self.tr("What it is"), self.tr("You write")]
        return f"<p>{escape(intro)}</p>" + _table(head, rows)

    def _errors_page(self) -> str:
        lang = current_lang()
        intro = self.tr(
            "When the store refuses something, the cell it names turns red and its tooltip gives"
            " the store's own words and code. What each code means:"
        )
        rows = [
            [
                f"<b>{escape(self.tr('Connection problems') if g.code == CONNECTION else g.code)}"
                "</b>",
                escape(g.meaning),
                escape(g.what_to_do),
            ]
            for g in store_errors(lang)
        ]
        other = self.tr(
            "Any other code is shown with the store's message on the cell or row it names."
            " If you contact support, give them the request id from the row's tooltip or from"
            " the Store menu's History window."
        )
        head = [self.tr("Code"), self.tr("What it means"), self.tr("What to do")]
        return f"<p>{escape(intro)}</p>" + _table(head, rows) + f"<p>{escape(other)}</p>"

    def _secrets_page(self) -> str:
        store = self.tr("<store>")
        entries = ", ".join(f"<code>{escape(username(store, k))}</code>" for k in SECRET_KINDS)
        parts = [
            escape(
                self.tr(
                    "Each store has two secrets: the partner secret and the store token."
                    " They are kept only in your computer's own keyring (Windows Credential"
                    " Manager, macOS Keychain, or the Secret Service on Linux), never in a"
                    " file, a log, a workbook or the app's settings."
                )
            ),
            escape(self.tr("Keyring service: %1; entries: %2."))
            .replace("%1", f"<code>{escape(SERVICE)}</code>")
            .replace("%2", entries),
            escape(
                self.tr(
                    "Secrets are sent only to your store, to sign each request; the category list"
                    " is fetched without them. Removing a store in Store → Stores… removes its"
                    " secrets from the keyring."
                )
            ),
        ]
        return "".join(f"<p>{p}</p>" for p in parts)
