"""Rendering that needs Qt but no window: PDFs and fonts. Used by the GUI and the headless command line.

Kept outside ``core`` (which must not import Qt); the command line uses it with the offscreen platform.
"""
