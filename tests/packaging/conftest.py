from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.frozen import frozen_program


@pytest.fixture(scope="session")
def frozen(request: pytest.FixtureRequest) -> Path:
    """The frozen program folder (built once per source state; see frozen.py)."""
    folder, seconds = frozen_program()
    if seconds is not None:
        print(f"\nfrozen build: {seconds:.0f} s (cold)")
    return folder
