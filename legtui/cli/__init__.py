"""The command line: argument parsing and subcommands; Textual is loaded only to open the app."""
