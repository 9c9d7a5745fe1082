"""Mitake Desktop: the offline desktop app for regional 身の丈IT communities."""

__version__ = "0.1.0"
APP_NAME = "Mitake Desktop"
APP_ID = "MitakeDesktop"
