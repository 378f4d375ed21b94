"""The error hierarchy: everything the library raises on purpose is a FactcheckError."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class; the CLI turns these into one line on stderr and exit code 1."""


class ConfigError(FactcheckError):
    """A setting is invalid (unknown model, bad path, impossible value)."""


class ReferenceLoadError(FactcheckError):
    """A reference document or folder cannot be read."""


class ClaimFileError(FactcheckError):
    """A claim file cannot be read at all (individual bad records become error records)."""


class ModelError(FactcheckError):
    """An embedding or stance model cannot be loaded."""


class KnowledgeError(FactcheckError):
    """The gazetteer or the facts file cannot be used."""
