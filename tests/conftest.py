"""Shared test fixtures: where the read-only shared material lives."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SHARED


@pytest.fixture
def shared() -> Path:
    """The shared folder beside the checkout; tests using it skip where it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present on this machine")
    return SHARED


@pytest.fixture
def seed_path(shared: Path) -> Path:
    """The seed document (a real reply as text extracted from its PDF)."""
    return shared / "corpus" / "seed" / "xinyang-57165.txt"
