"""The desktop app (PySide6). Reads and changes data only through :mod:`mitake_desktop.core.services`."""
