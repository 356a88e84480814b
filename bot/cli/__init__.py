"""Subcommands of ``python -m bot``; each has ``add_parser(subparsers)`` and ``run(args)``."""
