"""The back office: one ModelAdmin module per kind of record, with the forms, filters,
actions and extra pages they use. offers/admin.py (Django's discovery) imports the
modules that register admins."""
