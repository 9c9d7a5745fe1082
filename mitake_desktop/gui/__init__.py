"""The desktop app (PySide6). Nothing here is imported by the core or by the headless command line.

Layout: ``app`` starts the application; ``main_window`` holds the sidebar and the pages, which are
registered by name in ``pages`` (other parts of the app add their own); lists are
``models.RecordTableModel`` over service queries; editing goes through ``commands`` (undoable) and
``forms``; every message box goes through ``dialogs``; long work runs in ``workers``.
"""
