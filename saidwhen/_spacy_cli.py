"""spaCy without its command line until something asks for it.

`import spacy` imports `spacy.cli` for the one name `spacy.info`, and with it the command
line's own dependencies (typer, weasel, requests, httpx ...): about a fifth of a CPU second
in every process that extracts, none of which runs a spaCy command. So, where spaCy is not
imported yet, saidwhen has `spacy.cli` and `spacy.cli.info` come as stand-ins, and the first
name asked of either (a function, or a submodule's path) imports the real ones in their place.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import os
import sys
import types

STANDING_IN = ("spacy.cli", "spacy.cli.info")


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)  # what the import system and tools ask of any module
        return getattr(_real(self.__name__), name)


def _info(*args, **kwargs):
    """`spacy.info`, from the real `spacy.cli.info` once asked for."""
    return _real("spacy.cli.info").info(*args, **kwargs)


def _real(name: str) -> types.ModuleType:
    _release()
    return importlib.import_module(name)


def _release() -> None:
    """Stand in no more: the next import of `spacy.cli` imports the real one."""
    if _FINDER in sys.meta_path:
        sys.meta_path.remove(_FINDER)
    for name in STANDING_IN:
        if isinstance(sys.modules.get(name), _StandIn):
            del sys.modules[name]


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name.startswith("spacy.cli.") and name not in STANDING_IN:
            # another part of the command line ("spacy.cli.download"): the real one, whole
            return importlib.util.spec_from_loader(name, _Imported(_real(name)))
        if name not in STANDING_IN or not path:
            return None
        spec = importlib.util.spec_from_loader(name, self, is_package=name == "spacy.cli")
        if name == "spacy.cli":  # its submodules (spacy.cli.download) import as they would
            spec.submodule_search_locations = [os.path.join(folder, "cli") for folder in path]
        return spec

    def create_module(self, spec):
        return _StandIn(spec.name)

    def exec_module(self, module):
        if module.__name__ == "spacy.cli.info":
            module.info = _info


class _Imported(importlib.abc.Loader):
    """The loader of a module imported already, which it gives as it is."""

    def __init__(self, module: types.ModuleType):
        self.module = module

    def create_module(self, spec):
        return self.module

    def exec_module(self, module):
        pass


_FINDER = _Finder()


def stand_in() -> None:
    """Have spaCy's command line come as stand-ins, unless spaCy is imported already."""
    if "spacy" not in sys.modules and _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
