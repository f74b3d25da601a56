"""The desktop window (PySide6): open a workbook, map its columns, fix products in a grid.

Only this package imports Qt. Start it with :func:`app.gui.window.launch.main`.
"""
