"""The examples in the package's docstrings run and say what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import factcheck

# Examples that show a call on objects the docstring does not build.
ILLUSTRATIVE = {"factcheck.index"}

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(factcheck.__path__, "factcheck.")
    if name not in ILLUSTRATIVE
    and name != "factcheck.__main__"  # importing it runs the command line
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
