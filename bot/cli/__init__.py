"""Subcommands of ``python -m bot``: each module has ``add_parser(subparsers)`` and ``run(args)``."""
