"""The window's thread tells the workers when it is at work (``app.giving_way``).

An event filter on the application sees the first event of the window's thread after a
wait: the thread is at work, and the filter takes itself off, so the rest of that turn's
events cost no call into Python. Qt's event dispatcher says when the thread is about to wait
for the next events (``aboutToBlock``): it is idle again, and the filter goes back on. In
between, the workers' long loops give way, so every call-back of a paint, a timer or a signal
has the interpreter at once. (The dispatcher's ``awake`` comes too early with GLib: the
events of that turn are handled after the dispatcher's prepare step, which already said
``aboutToBlock``.)
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject, Qt

from app import giving_way


class _AtWork(QObject):
    """The application's event filter while the thread is idle: the next event starts a
    spell of work (and takes the filter off until the thread waits again)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__()
        self.app = app
        self.on = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.on:
            self.on = False
            self.app.removeEventFilter(self)
            giving_way.window_busy()
        return False

    def idle(self) -> None:
        """The thread is about to wait for events."""
        giving_way.window_idle()
        if not self.on:
            self.on = True
            self.app.installEventFilter(self)


_watching: list[tuple[QCoreApplication, _AtWork]] = []  # one a process (the application's)


def watch_window_thread() -> None:
    """On the main thread, once the application exists: workers give way while it works.
    Called again (every window of a process), it does nothing more."""
    app = QCoreApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return
    if any(watched is app for watched, _ in _watching):
        return
    dispatcher = QAbstractEventDispatcher.instance(app.thread())
    if dispatcher is None:
        return
    at_work = _AtWork(app)  # no parent: it lives as long as the application (held below)
    at_work.idle()  # on until the first event
    dispatcher.aboutToBlock.connect(at_work.idle, Qt.ConnectionType.DirectConnection)
    _watching.append((app, at_work))
