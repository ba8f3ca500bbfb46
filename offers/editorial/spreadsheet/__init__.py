"""Offers as spreadsheets (CSV, XLSX): one row per offer, one column per field and language.
The columns are documented in the README ("Spreadsheet columns")."""
