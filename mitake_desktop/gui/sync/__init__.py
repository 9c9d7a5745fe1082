"""The app's side of bundle sync: exporting and importing on workers, the exchange history, known devices
and the review of conflicts. Everything goes through ``Services.sync`` (``core/sync``); nothing here knows
the bundle format.
"""
