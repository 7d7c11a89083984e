"""The frozen program's first run-time hook. PyInstaller's own run-time hooks come after it, and one of them loads
Qt (to point it at the bundled plugins): a start of the console takes its lock and begins an unattended PC's
password check before that, as the start from source does before it imports Qt (`cli.begin_early`)."""

from reception_console.cli import begin_early

begin_early()
