"""The package's metadata: one version, the Pythons it is tested on, where to find it."""

from __future__ import annotations

import importlib.metadata

import krajsoc


def test_the_version_has_one_source() -> None:
    assert importlib.metadata.version("krajsoc") == krajsoc.__version__


def test_the_classifiers_name_only_the_tested_python() -> None:
    classifiers = importlib.metadata.metadata("krajsoc").get_all("Classifier") or []
    versions = {c.rsplit(" :: ", 1)[1] for c in classifiers if c.startswith("Programming Language")}
    assert versions == {"3", "3.11"}


def test_the_project_urls_are_declared() -> None:
    urls = importlib.metadata.metadata("krajsoc").get_all("Project-URL") or []
    assert {url.split(",", 1)[0] for url in urls} >= {"Documentation", "Source", "Changelog"}
