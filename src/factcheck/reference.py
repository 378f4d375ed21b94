"""Load reference documents (txt, md, optional YAML front matter) from files or folders.

A document's id is its path relative to the folder it was found in, without
the suffix ("libie-artikel", "archief/2020/juni"). Front matter is a YAML
block between two ``---`` lines at the top of the file; its ``title``,
``date``, ``url`` and ``language`` fields are read, other fields are kept as
metadata. Without ``language``, the language is detected from the text.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from factcheck import lang
from factcheck.errors import ReferenceLoadError
from factcheck.models import Document, Statement
from factcheck.segment import segment

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md")
_FRONT = "---"


_PLAIN_FIELD = re.compile(r"([A-Za-z_][\w-]*):(?:\s+(.*))?")
# A value starting with these is YAML syntax its writer meant: no plain reading.
_YAML_STARTS = tuple("[{|>&*!")


def _plain_fields(block: str) -> dict[str, Any] | None:
    r"""Front matter that YAML rejects but that is plainly ``field: value`` lines:
    "title: Vmbo in Oostburg gaat dicht: leerlingen moeten naar Terneuzen" (a
    colon in a headline). None when a line is not of that form.

    Example:
        >>> _plain_fields("title: Dicht: wat nu?\ndate: 2026-02-05\n")
        {'title': 'Dicht: wat nu?', 'date': '2026-02-05'}
    """
    fields: dict[str, Any] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _PLAIN_FIELD.fullmatch(line.rstrip())
        if match is None:
            return None
        value = (match.group(2) or "").strip()
        if value.startswith(_YAML_STARTS):
            return None
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[match.group(1)] = value
    return fields


def _split_front_matter(raw: str, path: Path) -> tuple[dict[str, Any], int]:
    """The front matter as a dict and the offset where the body starts."""
    if not raw.startswith(_FRONT + "\n") and not raw.startswith(_FRONT + "\r\n"):
        return {}, 0
    first_newline = raw.index("\n") + 1
    end = raw.find("\n" + _FRONT, first_newline - 1)
    if end < 0:
        raise ReferenceLoadError(f"{path}: front matter opened with '---' is never closed")
    block = raw[first_newline : end + 1]
    body_start = raw.find("\n", end + 1 + len(_FRONT))
    body_start = len(raw) if body_start < 0 else body_start + 1
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as exc:
        plain = _plain_fields(block)
        if plain is None:
            mark = getattr(exc, "problem_mark", None)
            where = f" line {mark.line + 2}" if mark is not None else ""
            raise ReferenceLoadError(f"{path}:{where} invalid front matter: {exc}") from None
        log.warning("%s: front matter is not valid YAML; read as 'field: value' lines", path)
        meta = plain
    if not isinstance(meta, dict):
        raise ReferenceLoadError(f"{path}: front matter must be a mapping of fields")
    return meta, body_start


def read_document(path: Path, doc_id: str | None = None) -> Document:
    """Read one reference file.

    Example:
        >>> read_document(Path("reference/libie-artikel.txt")).language
        'nl'
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReferenceLoadError(f"cannot read {path}: {exc.strerror}") from None
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReferenceLoadError(
            f"{path}: line {line} is not UTF-8 (byte {exc.start}); save the file as UTF-8"
        ) from None
    meta, body_start = _split_front_matter(raw, path)
    body = raw[body_start:]
    if not body.strip():
        raise ReferenceLoadError(f"{path}: the document is empty")
    known = {k: meta.pop(k, None) for k in ("title", "date", "url", "language")}
    date = known["date"]
    if isinstance(date, dt.date):
        date = date.isoformat()
    language = str(known["language"]) if known["language"] else lang.detect(body)
    return Document(
        id=doc_id or path.stem,
        text=body,
        title=str(known["title"]) if known["title"] else None,
        date=str(date) if date else None,
        url=str(known["url"]) if known["url"] else None,
        language=language,
        path=str(path),
        offset=body_start,
        metadata={
            k: v if isinstance(v, (str, int, float, bool)) else str(v) for k, v in meta.items()
        },
    )


def _files(root: Path) -> list[tuple[Path, str]]:
    if root.is_file():
        return [(root, root.stem)]
    if not root.is_dir():
        raise ReferenceLoadError(f"reference path not found: {root}")
    found = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    return [(p, p.relative_to(root).with_suffix("").as_posix()) for p in found]


def load_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Load every .txt and .md document under the given files and folders.

    Raises:
        ReferenceLoadError: a path is missing or unreadable, holds no document,
            or two documents would get the same id.
    """
    documents: list[Document] = []
    seen: dict[str, Path] = {}
    for given in paths:
        root = Path(given)
        files = _files(root)
        if not files:
            raise ReferenceLoadError(f"no .txt or .md documents under {root}")
        for path, doc_id in files:
            if doc_id in seen:
                raise ReferenceLoadError(
                    f"two references share the id {doc_id!r}: {seen[doc_id]} and {path}"
                )
            seen[doc_id] = path
            documents.append(read_document(path, doc_id))
    return documents


def statements_of(documents: Iterable[Document]) -> list[Statement]:
    """All statements of the documents, in document order."""
    return [s for doc in documents for s in segment(doc)]


FACTS_FILE = "knowledge.yaml"


def find_facts(paths: Iterable[str | Path]) -> Path | None:
    """The facts file beside the references: ``knowledge.yaml`` in the first
    given folder (or the folder of a given file) that has one."""
    for given in paths:
        root = Path(given)
        folder = root if root.is_dir() else root.parent
        candidate = folder / FACTS_FILE
        if candidate.is_file():
            return candidate
    return None
