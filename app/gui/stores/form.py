"""The form of one store profile: name, environment (production, sandbox, custom address),
partner and store client ids, and the two secrets in password fields that are never filled
back (a saved secret shows only as a placeholder)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.gui.kit.i18n import current_lang
from app.gui.kit.retranslate import Retranslating
from app.gui.stores.book import StoreChoice
from app.profiles import PRODUCTION_URL, SANDBOX_URL, Environment, Profile, ProfileError
from app.profiles.secret_rules import CredentialRejected, check_credential
from app.profiles.secrets import SecretKind

_ENVIRONMENTS = (Environment.PRODUCTION, Environment.SANDBOX, Environment.CUSTOM)


class StoreForm(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demo = False
        self.name = QLineEdit()
        self.environment = QComboBox()
        self.environment.currentIndexChanged.connect(lambda _: self._environment_changed())
        self.url = QLineEdit()
        self.partner_client_id = QLineEdit()
        self.store_client_id = QLineEdit()
        self.partner_secret = QLineEdit()
        self.store_token = QLineEdit()
        for secret in self.secret_fields:
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel() for _ in range(7)]
        for label, field in zip(
            self.labels,
            (
                self.name,
                self.environment,
                self.url,
                self.partner_client_id,
                self.store_client_id,
                self.partner_secret,
                self.store_token,
            ),
            strict=True,
        ):
            layout.addRow(label, field)
        #: a field's problem (an id or token that breaks the rule), shown just below it
        self._problems: dict[QLineEdit, QLabel] = {}
        for key, field in self._credential_fields():
            problem = QLabel()
            problem.setObjectName(f"problem_{key}")
            problem.setStyleSheet("color: #b00020")
            problem.setWordWrap(True)
            problem.hide()
            row = 4 + 2 * len(self._problems)  # the rows of the four fields and their problems
            layout.insertRow(row, "", problem)
            self._problems[field] = problem
        self.retranslate()

    @property
    def secret_fields(self) -> tuple[QLineEdit, QLineEdit]:
        return self.partner_secret, self.store_token

    def show_choice(self, choice: StoreChoice, profile: Profile | None) -> None:
        """A saved store (or the demo): ids shown, secrets never."""
        for problem in self._problems.values():
            problem.hide()
        self.demo = choice.is_demo
        self.name.setText(choice.name)
        self.name.setReadOnly(True)
        env = Environment.SANDBOX if choice.is_demo else Environment(choice.environment)
        self.environment.blockSignals(True)  # the saved address is shown as saved, never reset
        self.environment.setCurrentIndex(_ENVIRONMENTS.index(env))
        self.environment.blockSignals(False)
        self.url.setText(choice.base_url)
        values = choice.demo_values
        self.partner_client_id.setText(
            values.partner_client_id if values else profile.partner_client_id if profile else ""
        )
        self.store_client_id.setText(
            values.store_client_id if values else profile.store_client_id if profile else ""
        )
        for secret in self.secret_fields:
            secret.clear()  # never shown back
            secret.setPlaceholderText(
                self.tr("Demo credentials, kept in memory")
                if values
                else self.tr("Saved in the system keyring; type to replace")
            )
        for widget in (
            self.environment,
            self.url,
            self.partner_client_id,
            self.store_client_id,
            *self.secret_fields,
        ):
            widget.setEnabled(not choice.is_demo)
        self.url.setReadOnly(env is not Environment.CUSTOM)

    def clear_for_new(self) -> None:
        for problem in self._problems.values():
            problem.hide()
        self.demo = False
        self.name.setReadOnly(False)
        for widget in (
            self.name,
            self.url,
            self.partner_client_id,
            self.store_client_id,
            *self.secret_fields,
        ):
            widget.clear()
            widget.setEnabled(True)
        for secret in self.secret_fields:
            secret.setPlaceholderText(self.tr("Kept only in the system keyring"))
        self.environment.setEnabled(True)
        self.environment.setCurrentIndex(0)
        self._environment_changed()
        self.name.setFocus()

    def _environment_changed(self) -> None:
        """The merchant chose another environment: its address, or an empty one to type."""
        env = _ENVIRONMENTS[max(self.environment.currentIndex(), 0)]
        custom = env is Environment.CUSTOM
        self.url.setReadOnly(not custom)
        if not custom and not self.demo:
            self.url.setText(PRODUCTION_URL if env is Environment.PRODUCTION else SANDBOX_URL)
        elif custom and self.url.text() in (PRODUCTION_URL, SANDBOX_URL):
            self.url.clear()

    def _credential_fields(self) -> tuple[tuple[str, QLineEdit], ...]:
        return (
            ("partner_client_id", self.partner_client_id),
            ("store_client_id", self.store_client_id),
            ("partner_secret", self.partner_secret),
            ("store_token", self.store_token),
        )

    def problem_of(self, field: QLineEdit) -> QLabel:
        return self._problems[field]

    def _check_credentials(self) -> None:
        """Each typed id and secret against the one rule; the first problem is shown beside
        its field and raised as ProfileError (empty secrets mean "keep the saved one")."""
        first: str | None = None
        for key, field in self._credential_fields():
            problem, value = self._problems[field], field.text()
            try:
                if value:
                    check_credential(key, value if field in self.secret_fields else value.strip())
            except CredentialRejected as rejected:
                problem.setText(rejected.message(current_lang()))
                problem.show()
                first = first or problem.text()
            else:
                problem.hide()
        if first is not None:
            raise ProfileError(first)

    def profile(self) -> Profile:
        """The profile in the form (no secrets). Raises ProfileError in plain words."""
        self._check_credentials()
        env = _ENVIRONMENTS[self.environment.currentIndex()]
        url = self.url.text().strip()
        name = self.name.text().strip()
        if not name or ":" in name:
            raise ProfileError(self.tr("Give the store a name (without ':')."))
        if env is Environment.CUSTOM and not url:
            raise ProfileError(
                self.tr("A store with a custom address needs its base URL (ending in /api/v1).")
            )
        if url and not url.startswith(("http://", "https://")):
            raise ProfileError(
                self.tr("The base URL must start with https:// (it is %1).").replace("%1", url)
            )
        for field, what in (
            (self.partner_client_id, self.tr("partner client id")),
            (self.store_client_id, self.tr("store client id")),
        ):
            if not field.text().strip():
                raise ProfileError(self.tr("Enter the %1.").replace("%1", what))
        return Profile.create(
            self.name.text(),
            env,
            self.partner_client_id.text(),
            self.store_client_id.text(),
            base_url=url or None,
        )

    def typed_secrets(self) -> dict[SecretKind, str]:
        return {
            "partner_secret": self.partner_secret.text(),
            "store_token": self.store_token.text(),
        }

    def retranslate(self) -> None:
        texts = (
            self.tr("Name"),
            self.tr("Environment"),
            self.tr("Address"),
            self.tr("Partner client id"),
            self.tr("Store client id"),
            self.tr("Partner secret"),
            self.tr("Store token"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        index = self.environment.currentIndex()
        self.environment.blockSignals(True)
        self.environment.clear()
        self.environment.addItems(
            [self.tr("Production"), self.tr("Sandbox"), self.tr("Custom address")]
        )
        self.environment.setCurrentIndex(max(index, 0))
        self.environment.blockSignals(False)
