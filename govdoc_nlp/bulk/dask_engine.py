"""Run the conversion on a Dask cluster: same inputs, outputs, order and guarantees as the local
engine. The client (this process) discovers, hashes and deduplicates inputs and writes the output;
Dask workers only convert. Each input's bytes travel with its task, so workers need no access to
the input files; each conversion runs in a forked child of the Dask worker (isolate.py), so a
crash, timeout or memory blow-up fails that input only."""

from __future__ import annotations

import uuid
from typing import Any

from govdoc_nlp.bulk.isolate import run_isolated
from govdoc_nlp.bulk.items import Item, Outcome
from govdoc_nlp.bulk.worker import WorkOptions, crash_outcome


def dask_convert(item: Item, data: bytes | None, options: WorkOptions, timeout: float | None) -> Outcome:
    """The Dask task: convert one input in an isolated child process."""
    return run_isolated(item, data, options, timeout)


class DaskEngine:
    """Submit conversions to a Dask scheduler (``scheduler`` address) or a new LocalCluster."""

    def __init__(self, options: WorkOptions, *, scheduler: str | None = None, jobs: int = 2, timeout: float | None = 300.0,
                 cluster_kwargs: dict[str, Any] | None = None) -> None:
        self.options = options
        self.scheduler = scheduler
        self.jobs = jobs
        self.timeout = timeout
        self.cluster_kwargs = cluster_kwargs or {}
        self.client: Any = None
        self.cluster: Any = None
        self.futures: dict[Any, tuple[int, Item]] = {}
        self.replaced = 0
        self._run = uuid.uuid4().hex[:8]

    def start(self) -> DaskEngine:
        """Connect to the scheduler (or start a LocalCluster of ``jobs`` single-threaded workers)."""
        from govdoc_nlp.extras import require

        require("distributed", "--engine dask")
        from distributed import Client, LocalCluster

        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            kwargs = {"n_workers": self.jobs, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
            kwargs.update(self.cluster_kwargs)
            self.cluster = LocalCluster(**kwargs)
            self.client = Client(self.cluster)
        return self

    @property
    def in_flight(self) -> int:
        return len(self.futures)

    def submit(self, index: int, item: Item, data: bytes | None = None) -> None:
        """Send one input (with its bytes) to the cluster."""
        future = self.client.submit(
            dask_convert, item, data, self.options, self.timeout, key=f"govdoc-convert-{self._run}-{index}", pure=False, retries=0
        )
        self.futures[future] = (index, item)

    def poll(self, timeout: float = 0.1) -> list[tuple[int, Outcome]]:
        """Finished (index, outcome) pairs; a task lost with its worker fails its input."""
        from distributed import wait

        if not self.futures:
            return []
        try:
            done = wait(list(self.futures), timeout=timeout, return_when="FIRST_COMPLETED").done
        except TimeoutError:
            return []
        out = []
        for future in done:
            index, item = self.futures.pop(future)
            if future.status == "finished":
                out.append((index, future.result()))
            else:
                try:
                    exc = future.exception()
                except Exception as err:  # noqa: BLE001 - cancelled futures raise here
                    exc = err
                out.append((index, crash_outcome(item, "crash", f"Dask task failed: {type(exc).__name__}: {exc}")))
                self.replaced += 1
            future.release()
        return out

    def close(self) -> None:
        """Disconnect (and stop the LocalCluster this engine started)."""
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def kill(self) -> None:
        """Cancel what is running and disconnect."""
        if self.client is not None and self.futures:
            try:
                self.client.cancel(list(self.futures), force=True)
            except Exception:  # noqa: BLE001 - shutting down anyway
                pass
        self.futures.clear()
        self.close()
