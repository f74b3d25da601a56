"""Store → Stores…: the merchant's store profiles, their secrets, a connection test.

Ids and the address go to the profiles file (``app.profiles.ProfileStore``); the partner secret
and the store token go only to the system keyring (``SecretStore``) — typed into password
fields, never shown back, never written to the settings or a log. When the keyring cannot be
used the dialog says so and saves nothing. "Test connection" asks the store for a SKU that
cannot exist, in a worker: "not found" means the credentials work.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.kit.tasks import TaskRunner
from app.gui.sending.job_spec import ClientFactory
from app.gui.stores.book import StoreBook, StoreChoice, make_client
from app.gui.stores.form import StoreForm
from app.gui.stores.words import connection_result, explain
from app.profiles import (
    CredentialsMissing,
    CredentialValues,
    ProfileError,
    SecretStoreError,
)

#: [ours] the SKU a connection test asks for: no real product has it.
TEST_SKU_PREFIX = "toco-uploader-connection-test-"


class StoresDialog(QDialog):
    def __init__(
        self,
        stores: StoreBook,
        parent: QWidget | None = None,
        client_factory: ClientFactory = make_client,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stores-dialog")
        self.stores = stores
        self.client_factory = client_factory
        self.runner = TaskRunner(self)
        self.current: StoreChoice | None = None  # None: a new store being added
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda item, _: self._select(item))
        self.form = StoreForm()
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.save_button, self.test_button = QPushButton(), QPushButton()
        self.use_button = QPushButton()
        self.add_button.clicked.connect(self.new_store)
        self.remove_button.clicked.connect(self.remove_store)
        self.save_button.clicked.connect(self.save_store)
        self.test_button.clicked.connect(self.test_connection)
        self.use_button.clicked.connect(self.use_store)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.form)
        actions = QHBoxLayout()
        for button in (self.save_button, self.test_button, self.use_button):
            actions.addWidget(button)
        right.addLayout(actions)
        right.addWidget(self.feedback)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(760, 420)
        self.retranslate()
        self.refresh()

    # ---------------------------------------------------------------- the list

    def refresh(self, select: str | None = None) -> None:
        try:
            choices = self.stores.choices()
        except ProfileError as error:
            self.show_result(False, str(error))
            choices = []
        active = self.stores.active_name()
        select = select or active
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QListWidgetItem | None = None
        for choice in choices:
            text = choice.name + (self.tr(" (demo, in memory)") if choice.is_demo else "")
            item = QListWidgetItem(("✔ " if choice.name == active else "    ") + text)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setToolTip(choice.base_url)
            self.list.addItem(item)
            if choice.name == select:
                chosen = item
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        elif self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_store()

    def _select(self, item: QListWidgetItem | None) -> None:
        choice = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if choice is None:
            return
        self.current = choice
        try:
            profile = None if choice.is_demo else self.stores.profiles.get(choice.name)
        except ProfileError:
            profile = None
        self.form.show_choice(choice, profile)
        self.save_button.setEnabled(not choice.is_demo)
        self.remove_button.setEnabled(not choice.is_demo)
        self.use_button.setEnabled(True)
        self.feedback.clear()

    def new_store(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.current = None
        self.form.clear_for_new()
        self.save_button.setEnabled(True)
        self.remove_button.setEnabled(False)
        self.use_button.setEnabled(False)
        self.feedback.clear()

    # ---------------------------------------------------------------- saving

    def save_store(self) -> bool:
        try:
            profile = self.form.profile()
        except ProfileError as error:
            self.show_result(False, str(error))
            return False
        new = self.current is None
        if new and profile.name in {c.name for c in self.stores.choices()}:
            self.show_result(
                False, self.tr("There is already a store named %1.").replace("%1", profile.name)
            )
            return False
        secrets = self.form.typed_secrets()
        if new and not all(secrets.values()):
            self.show_result(False, self.tr("Enter the partner secret and the store token."))
            return False
        try:  # the keyring first: a profile without its secrets is not saved
            for kind, value in secrets.items():
                if value:
                    self.stores.secrets.set(profile.name, kind, value)
            self.stores.profiles.save(profile)
        except (SecretStoreError, ProfileError, OSError) as error:
            self.show_result(False, "\n".join(explain(error)))
            return False
        for secret in self.form.secret_fields:
            secret.clear()
        if self.stores.settings.active_store is None and self.stores.demo is None:
            self.stores.set_active(profile.name)  # the first store is the one to use
        self.refresh(select=profile.name)
        self.show_result(
            True,
            self.tr("Saved %1; its secrets are in the system keyring.").replace("%1", profile.name),
        )
        return True

    @classmethod
    def confirm_remove(cls, parent: QWidget | None, name: str) -> bool:
        translate = QCoreApplication.translate
        answer = QMessageBox.question(
            parent,
            translate("StoresDialog", "Remove store"),
            translate(
                "StoresDialog", "Remove the store %1 and its secrets from this computer?"
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_store(self) -> None:
        choice = self.current
        if choice is None or choice.is_demo or not self.confirm_remove(self, choice.name):
            return
        try:
            self.stores.secrets.delete_all(choice.name)
            self.stores.profiles.remove(choice.name)
        except (SecretStoreError, ProfileError, OSError) as error:
            self.show_result(False, "\n".join(explain(error)))
            return
        self.stores.forget(choice.name)
        self.refresh()

    def use_store(self) -> None:
        if self.current is not None:
            self.stores.set_active(self.current.name)
            self.refresh(select=self.current.name)
            self.show_result(
                True, self.tr("Uploads now go to %1.").replace("%1", self.current.name)
            )

    # ---------------------------------------------------------------- testing

    def test_connection(self) -> None:
        """Ask the store for a SKU that cannot exist, with the values in the form."""
        current = self.current
        try:
            profile = None if current is not None and current.is_demo else self.form.profile()
        except ProfileError as error:
            self.show_result(False, str(error))
            return
        typed = (self.form.partner_secret.text(), self.form.store_token.text())
        stores, factory = self.stores, self.client_factory

        def work(_: object) -> BaseException | None:
            if current is not None and current.demo_values is not None:
                values = current.demo_values
            else:
                assert profile is not None
                saved = current is not None and not current.is_demo
                secret = typed[0] or (
                    stores.secrets.get(profile.name, "partner_secret") if saved else ""
                )
                token = typed[1] or (
                    stores.secrets.get(profile.name, "store_token") if saved else ""
                )
                if not secret or not token:
                    raise CredentialsMissing("no secrets")
                values = CredentialValues(
                    profile.base_url,
                    profile.partner_client_id,
                    secret or "",
                    profile.store_client_id,
                    token or "",
                )
            with factory(values) as client:
                client.get_product_by_sku(TEST_SKU_PREFIX + uuid.uuid4().hex)
            return None

        self.test_button.setEnabled(False)
        self.show_result(None, self.tr("Testing the connection…"))
        self.runner.run(work, on_done=self._tested, on_failed=self._tested)

    def _tested(self, error: BaseException | None) -> None:
        self.test_button.setEnabled(True)
        self.show_result(*connection_result(error))

    def show_result(self, ok: bool | None, text: str) -> None:
        color = "#0b7a3b" if ok else "#b3261e" if ok is False else "palette(text)"
        self.feedback.setStyleSheet(f"color: {color}")
        self.feedback.setText(text)

    # ---------------------------------------------------------------- the rest

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stores"))
        self.add_button.setText(self.tr("Add store"))
        self.remove_button.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save"))
        self.test_button.setText(self.tr("Test connection"))
        self.use_button.setText(self.tr("Use this store"))

    def done(self, result: int) -> None:
        self.runner.wait(15_000)
        super().done(result)
