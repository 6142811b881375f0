"""Folder output: one ``.json`` per input, mirroring the input tree (archive members under a folder
named after the archive). Each file is written to a temporary name and renamed into place."""

from __future__ import annotations

import os
import tempfile

from govdoc_nlp.bulk.items import CONVERTED, Outcome
from govdoc_nlp.bulk.sinks.base import JournaledSink, OutputExistsError


class FolderSink(JournaledSink):
    """``OUT/…/name.ext.json`` per converted input; errors and manifest beside the folder."""

    kind = "folder"

    def __init__(self, out: str, *, indent: int | None = 2) -> None:
        super().__init__(out.rstrip("/\\") or out)
        self.root = os.path.abspath(self.out)
        self.indent = indent

    def _exists(self) -> bool:
        busy = os.path.isdir(self.out) and any(os.scandir(self.out))
        return busy or os.path.exists(self.manifest_path) or os.path.exists(self.errors_path)

    def open(self, *, resume: bool = False, overwrite: bool = False) -> dict:
        if os.path.exists(self.out) and not os.path.isdir(self.out):
            raise OutputExistsError(f"{self.out} exists and is not a folder")
        return super().open(resume=resume, overwrite=overwrite)

    def _prepare(self, *, resume: bool) -> None:
        os.makedirs(self.out, exist_ok=True)

    def target(self, outcome: Outcome) -> str:
        """Where an input's JSON goes: its mirrored relative path + '.json', inside the folder."""
        rel = outcome.rel or outcome.key.replace("!/", "/")
        path = os.path.abspath(os.path.join(self.root, rel + ".json"))
        if os.path.commonpath([path, self.root]) != self.root:  # never escape, whatever the name
            path = os.path.join(self.root, os.path.basename(rel) + ".json")
        return path

    def encode(self, outcome: Outcome) -> dict[str, bytes]:
        if outcome.status == CONVERTED and outcome.payload is not None:
            text = outcome.payload
            if self.indent is not None:
                import json

                text = json.dumps(json.loads(text), ensure_ascii=False, indent=self.indent)
            _atomic_write(self.target(outcome), (text + "\n").encode("utf-8"))
        return super().encode(outcome)


def _atomic_write(path: str, data: bytes) -> None:
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
