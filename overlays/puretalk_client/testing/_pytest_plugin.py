"""The pytest plugin of ``puretalk-client`` (entry point ``pytest11``): the ``puretalk_api`` fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from puretalk_client.testing import FakeAPI


@pytest.fixture
def puretalk_api() -> Iterator[FakeAPI]:
    """Give a fresh :class:`~puretalk_client.testing.FakeAPI` for each test: ``puretalk_api.client()`` calls it."""
    api = FakeAPI()
    yield api
    api.close()
