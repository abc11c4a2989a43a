"""The desktop window: PySide6 widgets, Qt model adapters and actions over the core."""
