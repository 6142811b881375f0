"""Find the documents behind the inputs of a conversion: files, folders (recursive), globs and
ZIP archives (read in place, never extracted to disk; nested archives followed a few levels)."""

from __future__ import annotations

import fnmatch
import glob
import io
import os
import stat
import sys
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from govdoc_nlp.bulk.items import Item
from govdoc_nlp.errors import GovdocError, InputNotFoundError, InputTooLargeError, UnreadableInputError
from govdoc_nlp.load.extensions import extension, is_document_name
from govdoc_nlp.load.reader import check_regular, read_file

# Files that are never documents: OS and archiver droppings.
JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", ".gitkeep"})
JUNK_DIRS = frozenset({"__macosx", ".git", ".svn"})
MAX_ZIP_DEPTH = 3
MAX_NESTED_ZIP = 600 * 1024 * 1024
_DOC_ZIP_MARKERS = ("word/document.xml", "ofd.xml")
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Selection:
    """Which files of a walk are inputs: ``include`` globs (when given, only matching files, and
    they replace the extension rule), ``exclude`` globs (never). Globs match the path relative to
    the input folder (``sub/*.html``) or the file name (``*.html``)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def excluded(self, rel: str) -> bool:
        """True when the file is no input at all."""
        return _matches(rel, self.exclude) or (bool(self.include) and not _matches(rel, self.include))

    def skip_reason(self, rel: str, walked: bool) -> str | None:
        """Why a file picked up by a walk is recorded without being read (not a document's extension)."""
        if not walked or self.include or is_document_name(rel):
            return None
        return f"{extension(rel)} is not a document extension (not read; name it, or use --include, to read it)"


def _matches(rel: str, globs: tuple[str, ...]) -> bool:
    name = rel.replace("\\", "/")
    base = name.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(base, g) for g in globs)


def discover(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    exclude: Iterable[str | os.PathLike[str]] = (),
    nested_zips: bool = True,
    selection: Selection | None = None,
) -> list[Item]:
    """Every input behind ``inputs``, sorted by key (deterministic), each key once.

    Files found by walking a folder or an archive whose extension is not a document's (see
    :mod:`govdoc_nlp.load.extensions`) come back with ``skip`` set: accounted for, never read.
    ``exclude`` lists paths (files or folders) never to pick up, e.g. the run's own outputs;
    ``selection`` holds the --include/--exclude globs.
    Raises :class:`InputNotFoundError` for an input that is neither a path nor a matching glob."""
    sel = selection or Selection()
    excluded = [os.path.abspath(os.fspath(p)) for p in exclude]
    roots: list[str] = []
    for raw in inputs:
        spec = os.fspath(raw)
        if os.path.exists(spec):
            roots.append(spec)
        elif _GLOB_CHARS & set(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                raise InputNotFoundError("glob matches no file", path=spec)
            roots.extend(matches)
        else:
            raise InputNotFoundError("no such file or folder", path=spec)
    base = _mirror_base(roots)
    files: dict[str, tuple[str, bool]] = {}
    for root in roots:
        walked = os.path.isdir(root)
        for path in _walk(root):
            if _is_excluded(path, excluded):
                continue
            files.setdefault(os.path.normpath(path), (os.path.abspath(path), walked))
    items: list[Item] = []
    for key in sorted(files):
        full, walked = files[key]
        rel = _safe_rel(os.path.relpath(full, base))
        if sel.excluded(rel):
            continue
        skip = sel.skip_reason(rel, walked)
        if skip:
            items.append(Item(key=key, path=key, rel=rel, size=_size(key), skip=skip))
            continue
        items.extend(_expand(key, rel, nested_zips, sel))
    return _unique_rels(sorted(items, key=lambda it: it.key))


def _mirror_base(roots: list[str]) -> str:
    """The folder output paths are made relative to: the folder itself when it is the only input,
    otherwise the common parent of all inputs."""
    if len(roots) == 1 and os.path.isdir(roots[0]):
        return os.path.abspath(roots[0])
    parents = [os.path.dirname(os.path.abspath(r)) for r in roots] or [os.getcwd()]
    return os.path.commonpath(parents)


def _walk(root: str) -> Iterable[str]:
    if not os.path.isdir(root):
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d.lower() not in JUNK_DIRS)
        for name in sorted(filenames):
            if name.lower() in JUNK_NAMES or name.startswith("~$"):
                continue
            yield os.path.join(dirpath, name)


def _is_excluded(path: str, excluded: list[str]) -> bool:
    if not excluded:
        return False
    full = os.path.abspath(path)
    return any(full == ex or full.startswith(ex + os.sep) for ex in excluded)


def _expand(key: str, rel: str, nested: bool, sel: Selection) -> list[Item]:
    """The file itself, or the documents inside it when it is a ZIP archive (not DOCX/OFD)."""
    size = _size(key)
    if not _is_regular(key):
        return [Item(key=key, path=key, rel=rel, size=None)]  # read_item fails it with the reason
    try:
        with open(key, "rb") as fh:
            head = fh.read(4)
    except OSError:
        return [Item(key=key, path=key, rel=rel, size=size)]
    if head not in (b"PK\x03\x04", b"PK\x05\x06"):
        return [Item(key=key, path=key, rel=rel, size=size)]
    try:
        with zipfile.ZipFile(key) as zf:
            members = _archive_members(zf, key, key, rel, (), 1, nested, sel)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        members = None  # unreadable archive: let the worker fail it with a reason
    if not members:
        return [Item(key=key, path=key, rel=rel, size=size)]
    return members


def _archive_members(
    zf: zipfile.ZipFile, path: str, key: str, rel: str, chain: tuple[int, ...], depth: int, nested: bool, sel: Selection
) -> list[Item] | None:
    """Documents in an open archive; None when the archive is itself a document (DOCX/OFD)."""
    infos = zf.infolist()
    if {i.filename.lower() for i in infos} & set(_DOC_ZIP_MARKERS):
        return None
    out: list[Item] = []
    seen: dict[str, int] = {}
    order = sorted(range(len(infos)), key=lambda i: (infos[i].filename, i))
    for index in order:
        info = infos[index]
        if info.is_dir() or _junk_member(info.filename):
            continue
        name = info.filename
        if sel.excluded(name):
            continue
        n = seen[name] = seen.get(name, 0) + 1
        member_key = f"{key}!/{name}" + (f"#{n}" if n > 1 else "")
        member_rel = f"{rel}/{_safe_rel(name) or f'member{index}'}" + (f"~{n}" if n > 1 else "")
        sub = chain + (index,)
        skip = sel.skip_reason(name, True)
        if skip:
            out.append(Item(key=member_key, path=path, members=sub, rel=member_rel, size=info.file_size, skip=skip))
            continue
        if nested and depth < MAX_ZIP_DEPTH and _looks_zip(zf, info):
            try:
                if info.file_size > MAX_NESTED_ZIP:
                    raise ValueError("nested archive too large to read in memory")
                with zf.open(info) as fh, zipfile.ZipFile(io.BytesIO(fh.read(MAX_NESTED_ZIP + 1))) as inner:
                    inner_items = _archive_members(inner, path, member_key, member_rel, sub, depth + 1, nested, sel)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
                inner_items = None
            if inner_items:
                out.extend(inner_items)
                continue
        out.append(Item(key=member_key, path=path, members=sub, rel=member_rel, size=info.file_size))
    return out


def _looks_zip(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    if info.file_size < 22:
        return False
    try:
        with zf.open(info) as fh:
            return fh.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError):
        return False


def _junk_member(name: str) -> bool:
    parts = [p.lower() for p in name.replace("\\", "/").split("/") if p]
    return not parts or parts[-1] in JUNK_NAMES or any(p in JUNK_DIRS for p in parts[:-1])


def _safe_rel(name: str) -> str:
    """A relative path that cannot escape its folder: no root, no drive, no '.' or '..' parts."""
    parts = []
    for part in name.replace("\\", "/").split("/"):
        if part in ("", ".", "..") or (len(part) == 2 and part[1] == ":"):
            continue
        parts.append(part.replace("\x00", ""))
    return "/".join(parts)


def _unique_rels(items: list[Item]) -> list[Item]:
    """Make mirrored paths unique (two inputs could map to the same relative path)."""
    seen: set[str] = set()
    out = []
    for it in items:
        rel = it.rel or "input"
        candidate, n = rel, 1
        while candidate.lower() in seen:
            n += 1
            candidate = f"{rel}~{n}"
        seen.add(candidate.lower())
        out.append(it if candidate == it.rel else Item(it.key, it.path, it.members, candidate, it.size, it.skip))
    return out


def _size(path: str) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def _is_regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # vanished or unreadable: read_item reports it


def read_item(item: Item, *, max_bytes: int | None = None) -> bytes:
    """The bytes of an input (following its chain of archive members, in memory).

    Raises :class:`UnreadableInputError` / :class:`InputTooLargeError` with the item's key."""
    try:
        if not item.members:
            try:
                return read_file(item.path, max_bytes if max_bytes is not None else sys.maxsize)
            except GovdocError as exc:
                exc.path = item.key
                raise
        check_regular(item.path)
        with open(item.path, "rb") as fh:
            data = _read_chain(fh, item.members, max_bytes, item.key)
        return data
    except GovdocError:
        raise
    except FileNotFoundError as exc:
        raise UnreadableInputError("file vanished before it was read", path=item.key) from exc
    except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, ValueError) as exc:
        raise UnreadableInputError(f"cannot read: {exc}", path=item.key) from exc


def _read_chain(fh, chain: tuple[int, ...], max_bytes: int | None, key: str) -> bytes:
    source = fh
    data = b""
    for index in chain:
        with zipfile.ZipFile(source) as zf:
            info = zf.infolist()[index]
            if max_bytes is not None and info.file_size > max_bytes:
                raise InputTooLargeError(f"archive member is {info.file_size} bytes, over the limit", path=key)
            with zf.open(info) as member:
                data = member.read(max_bytes + 1 if max_bytes is not None else -1)
            if max_bytes is not None and len(data) > max_bytes:
                raise InputTooLargeError("archive member inflates past the size limit", path=key)
        source = io.BytesIO(data)
    return data
