"""``krajsoc schema NAME``: the JSON Schema of a boundary model (Agenda, ReportRecord, an entry)."""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
from collections.abc import Mapping
from typing import TextIO

from pydantic import BaseModel

import krajsoc
from krajsoc._text import fold
from krajsoc.cli._commands import CliParser, Commands
from krajsoc.errors import UnknownCodeError

__all__ = ["boundary_models", "register"]

_ADAPTERS = ("krajsoc.cli", "krajsoc.loaders", "krajsoc.testing")


def boundary_models() -> Mapping[str, type[BaseModel]]:
    """Every pydantic model a public core module of krajsoc exports, by class name."""
    found: dict[str, type[BaseModel]] = {}
    for info in pkgutil.iter_modules(krajsoc.__path__, prefix="krajsoc."):
        if info.name.split(".")[-1].startswith("_") or info.name.startswith(_ADAPTERS):
            continue
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if inspect.isclass(value) and issubclass(value, BaseModel):
                found.setdefault(value.__name__, value)
    return dict(sorted(found.items()))


def register(commands: Commands, json_option: CliParser) -> None:
    """Add the ``schema`` command."""
    del json_option  # a schema is JSON already
    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a boundary model, e.g. Agenda or ReportRecord",
        description="Print the JSON Schema of a boundary model that krajsoc exports.",
    )
    schema.add_argument("name", help="the model's class name (case ignored), e.g. Agenda")
    schema.set_defaults(handler=_schema)


def _schema(arguments: argparse.Namespace, out: TextIO) -> None:
    models = boundary_models()
    wanted = fold(arguments.name)
    for name, model in models.items():
        if fold(name) == wanted:
            # The schema itself, not in the --json envelope: it is a file other tools read.
            out.write(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2) + "\n")
            return
    raise UnknownCodeError("model", arguments.name, allowed=models)
