"""Exports: documents written for people outside Mitake (nomination packets), Qt-free.

PDFs need Qt, so exporters take a renderer function from ``mitake_desktop.rendering`` (the command
line and the GUI pass the same one).
"""
