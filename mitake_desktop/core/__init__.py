"""The Qt-free heart of Mitake: domain, storage, services, reference data.

Nothing under this package may import PySide6 (tests/test_architecture.py proves it), so the
command line runs headless and the domain stays testable without a display.
"""
