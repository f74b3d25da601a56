"""Routine sync (issue 14): the store's live products against the merchant's sheet.

No Qt here. ``plan`` holds the shared vocabulary (actions, changes, a row's plan, the whole
plan); matching, the diff, the export's record of the store and the sending build on it.
"""
