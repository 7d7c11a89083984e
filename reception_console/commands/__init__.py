"""Command-line subcommands, one module per group. Each module has `register(subparsers)` and `run(args, settings)`.

Add a group by writing its module and naming it in GROUPS.
"""

from __future__ import annotations

import sys

GROUPS = ("demo", "db", "call", "phone")


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1
