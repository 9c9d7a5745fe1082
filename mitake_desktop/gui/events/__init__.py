"""The app's side of events: the panels under an event, the participant import dialog, the actions
(finish, report, attendance export) and their undo commands. Everything goes through ``Services.events``
(``core/events``).
"""
