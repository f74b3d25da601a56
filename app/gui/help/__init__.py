"""Help: the merchant's reference at hand (spreadsheet format, store errors, secrets)."""
