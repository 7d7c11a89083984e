"""Starting the window needs none of the command groups; anything that looks like a command still gets them."""

from __future__ import annotations

import pytest

from reception_console import cli


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        ([], False),
        (["--db", "sqlite:////tmp/x.sqlite3", "--user", "justyna"], False),
        (["-style", "fusion"], False),  # Qt's own options are left for Qt
        (["--user", "justyna", "-platform", "offscreen"], False),
        (["demo", "load"], True),
        (["--db", "sqlite:////tmp/x.sqlite3", "report", "figures"], True),
        (["dmeo", "load"], True),  # a typo gets argparse's "invalid choice", not a window
        (["--help"], True),
        (["tel:+48228431200"], False),  # a click on a number elsewhere: the window, not "invalid choice"
        (["callto:+48 22 843 12 00"], False),
    ],
)
def test_which_starts_parse_the_commands(argv: list[str], command: bool) -> None:
    assert cli._names_a_command(argv) is command


def test_a_mistyped_command_is_refused_with_the_choices(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_:
        cli.main(["dmeo", "load"])
    assert exit_.value.code == 2
    assert "invalid choice: 'dmeo'" in capsys.readouterr().err


def test_the_collector_paused_for_a_start_runs_again_for_a_command_and_after_it(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The start pauses the cyclic collector (what it makes lives as long as the program); a command runs with it
    on, and whatever happens it is on again when main returns (even after an error)."""
    import gc

    seen: list[bool] = []
    group = cli._group("db")
    monkeypatch.setattr(group, "run", lambda args, settings: seen.append(gc.isenabled()) or 0)
    monkeypatch.setenv("RECEPTION_CONSOLE_HOME", str(tmp_path))
    assert cli.main(["db", "status"]) == 0
    assert seen == [True]
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        cli.main(["dmeo", "load"])
    assert gc.isenabled()
    assert cli.main(["--version"]) == 0
    assert gc.isenabled()


def test_a_file_with_many_problems_lists_the_first_fifty_and_counts_the_rest() -> None:
    from reception_console.commands import MAX_SHOWN, shown_problems

    problems = [f"line {n}: no date" for n in range(1, MAX_SHOWN + 3)]
    shown = shown_problems(problems, indent="  ")
    assert shown[0] == "  line 1: no date" and shown[MAX_SHOWN - 1] == f"  line {MAX_SHOWN}: no date"
    assert shown[MAX_SHOWN:] == ["  … and 2 more"]
    assert shown_problems(problems[:3]) == problems[:3]
