"""Use cases shared by the CLI and the app: what they read and write through the store."""
