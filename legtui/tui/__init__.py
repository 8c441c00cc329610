"""The terminal UI (Textual): the app, its screens, widgets, keys and command palette."""
