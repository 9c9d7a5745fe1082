"""Data files shipped with Mitake (reference lists, benchmark figures, icons). Loaded via importlib.resources."""
