"""The web page's own files travel with the package: every template and static file is in the
wheel's package data, and every static file shipped can be served."""
from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

from saidwhen.web.app import STATIC, ShippedFiles

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "saidwhen" / "web"


def test_every_template_and_static_file_is_package_data():
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = settings["tool"]["setuptools"]["package-data"]["saidwhen.web"]
    files = [p.relative_to(WEB).as_posix() for folder in ("templates", "static")
             for p in (WEB / folder).rglob("*") if p.is_file()]
    assert files and [f for f in files if not any(fnmatch(f, pat) for pat in patterns)] == []


def test_every_static_file_has_a_name_the_server_serves():
    shipped = [p.name for p in STATIC.iterdir() if p.is_file()]
    assert shipped and all(ShippedFiles._NAME.match(name) for name in shipped)


def test_pages_load_only_files_that_are_shipped():
    base = (WEB / "templates" / "base.html").read_text(encoding="utf-8")
    for name in ("saidwhen.css", "saidwhen.js", "favicon.svg"):
        assert f"/static/{name}" in base and (STATIC / name).is_file()
