"""The notebooks execute top to bottom (nbclient, the venv's python3 kernel), show their figures
inline (image/png outputs, as a Jupyter user sees them) and save their PNGs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
CORPUS = ROOT / "corpora"

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not list((CORPUS / "text").glob("*.txt")), reason="corpora/text is empty"),
]


def _run(name: str, plots: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Execute a notebook; the number of figures it shows inline."""
    from jupyter_client.manager import KernelManager

    # the kernel inherits this environment: corpus and plot folder, and the venv's bin first on PATH
    monkeypatch.setenv("GOVDOC_CORPUS", str(CORPUS))
    monkeypatch.setenv("GOVDOC_PLOTS_DIR", str(plots))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the notebooks choose the inline backend themselves
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    # 'python3' resolves to the venv's ipykernel; jupyter_client starts it with sys.executable
    km = KernelManager(kernel_name="python3")
    client = nbclient.NotebookClient(notebook, km=km, timeout=180, resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    return sum(1 for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])
               if o.get("output_type") == "display_data" and "image/png" in o.get("data", {}))


def test_tour_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run("01_tour.ipynb", tmp_path, monkeypatch) == 1
    assert (tmp_path / "tour_levels.png").stat().st_size > 1000


def test_responsiveness_notebook_runs_and_saves_plots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run("02_responsiveness.ipynb", tmp_path, monkeypatch) == 4
    for name in ("category_by_sector.png", "commitments_by_level.png", "deadline_share.png", "specificity.png"):
        png = tmp_path / name
        assert png.exists(), name
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 5000


def test_real_web_notebook_shows_promises_by_level_and_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # on ../shared/corpus/real-web when present, else on corpora/text
    assert _run("03_real_web_promises.ipynb", tmp_path, monkeypatch) == 4
    for name in ("promises_by_level.png", "strength_by_level.png", "promises_by_year.png", "where_and_topic.png"):
        assert (tmp_path / name).stat().st_size > 5000, name
