"""The reader: one document in a tab, its contents, margin labels and parallel texts."""
