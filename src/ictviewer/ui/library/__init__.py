"""The library: the documents of the corpus in a filterable table, and the welcome page."""
