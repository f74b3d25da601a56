#!/usr/bin/env python3
"""Screenshots of the loop in the demo at 1024x600 (open, confirm the upload, after the upload,
the large-delete question, the end), to look at in English and Indonesian. Under Xvfb:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
        .venv/bin/python scripts/walkthrough_screens.py OUT_DIR en|id
"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from app.gui.window import launch

def run():
    out = Path(sys.argv[1]); lang = sys.argv[2]; out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    args = launch.parse_args(["--demo", "--lang", lang, "--size", "1024x600"])
    window, demo = launch.start(args)
    steps = []
    global shot
    def shot(name):
        window.grab().save(str(out / f"{name}-{lang}.png"))
    def modal_shot(name, accept=False):
        w = QApplication.activeModalWidget()
        print("modal", name, type(w).__name__, flush=True)
        if w is not None:
            w.grab().save(str(out / f"{name}-{lang}.png"))
            if isinstance(w, QDialog):
                if accept:
                    from PySide6.QtWidgets import QPushButton
                    buttons = [b for b in w.findChildren(QPushButton) if b.isDefault()] or w.findChildren(QPushButton)
                    print("click", buttons[0].text(), flush=True)
                    buttons[0].click()
                else:
                    w.reject()
    def after_open(*_):
        print("opened", flush=True)
        QTimer.singleShot(1500, lambda: (shot("1-opened"), QTimer.singleShot(800, lambda: modal_shot("2-confirm-upload", True)), window.acts.upload_ready.trigger()))
    window.opener.opened.connect(after_open)
    def finished(*_):
        print('finished', flush=True)
        QTimer.singleShot(4000, lambda: (shot("3-after-upload"), do_delete()))
    def do_delete():
        window.grid.selectAll()
        QTimer.singleShot(1500, lambda: (modal_shot("4-delete-confirm"), QTimer.singleShot(500, lambda: (shot("5-end"), app.quit()))))
        QTimer.singleShot(500, window.acts.delete.trigger)
    window.send_flow.finished.connect(finished)
    QTimer.singleShot(60000, app.quit)
    print("exec", flush=True); rc = app.exec(); print("done", rc, flush=True)
    if demo is not None: demo.stop()

if __name__ == '__main__':
    run()
