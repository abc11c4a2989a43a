"""The search pane: the query box, filters, the hit list and its Qt model."""
