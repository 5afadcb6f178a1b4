"""The pytest plugin of ``puretalk-client`` (entry point ``pytest11``): the ``puretalk_api`` fixture.

pytest loads it in every session of a project that installed the package, so it imports nothing of
the client until a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from puretalk_client.testing import FakeAPI


@pytest.fixture
def puretalk_api() -> Iterator[FakeAPI]:
    """Give a fresh :class:`~puretalk_client.testing.FakeAPI` for each test: ``puretalk_api.client()`` calls it."""
    from puretalk_client.testing import FakeAPI

    api = FakeAPI()
    yield api
    api.close()
