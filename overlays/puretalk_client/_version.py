"""The package version, read once from the installed distribution's metadata (pyproject.toml is its source)."""

from __future__ import annotations

import functools

DISTRIBUTION = "puretalk-client"


@functools.cache
def version() -> str:
    """Return the installed version of ``puretalk-client`` (``0+unknown`` when run from an uninstalled tree)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
