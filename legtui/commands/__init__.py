"""One module a subcommand; each has `register(subparsers)` and keeps heavy imports lazy."""
