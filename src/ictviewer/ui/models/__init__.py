"""Qt model adapters: one per core result type."""
