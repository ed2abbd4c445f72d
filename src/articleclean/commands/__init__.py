"""One module per ``articleclean`` subcommand.

Each module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args, out) -> int``;
``cli.COMMANDS`` lists them in the order ``--help`` shows them. A command makes library calls
and returns an exit code; raising :class:`~articleclean.errors.ArticlecleanError` is turned
into one line on stderr by :func:`articleclean.cli.main`.
"""
