"""The Dask engine on a LocalCluster gives the same outputs and guarantees as local processes."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc_nlp

distributed = pytest.importorskip("distributed")

CHAOS = "govdoc_nlp.bulk.testing:chaos_parse"


@pytest.mark.slow
def test_dask_local_cluster_matches_local_engine(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(12):
        (root / f"r{i:02d}.txt").write_text(f"关于第{i}号提案的答复\n我们将于2025年底前完成。\n", encoding="utf-8")
    (root / "r03_copy.txt").write_text("关于第3号提案的答复\n我们将于2025年底前完成。\n", encoding="utf-8")
    (root / "x_crash.txt").write_text("关于第99号提案的答复\n", encoding="utf-8")
    (root / "x_sleep.txt").write_text("关于第98号提案的答复\n", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    local = govdoc_nlp.convert([root], tmp_path / "local.jsonl", jobs=2, timeout=1.5, parse_func=CHAOS)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        summary = govdoc_nlp.convert(
            [root], tmp_path / "dask.jsonl", engine="dask", scheduler=cluster.scheduler_address, timeout=1.5, parse_func=CHAOS
        )
    assert summary.engine == "dask"
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert summary.outcomes == local.outcomes == {"converted": 12, "duplicate": 1, "failed": 3}
    assert summary.failures == {"crash": 1, "timeout": 1, "unreadable": 1}
    strip = lambda p: [line.split('"seconds"')[0] for line in Path(p).read_text(encoding="utf-8").splitlines()]  # noqa: E731
    assert strip(f"{tmp_path}/dask.jsonl.errors.jsonl") == strip(f"{tmp_path}/local.jsonl.errors.jsonl")
