"""Command-line adapter: parse arguments, call services, render, map errors to exit codes."""
