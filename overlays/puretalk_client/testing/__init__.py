"""A fake Puretalk API for testing code that uses the client: in memory, built from the same spec.

>>> from puretalk_client.testing import FakeAPI
>>> api = FakeAPI()
>>> client = api.client()
>>> call = client.calls.register_web_call(assistant_id="a1")   # a valid typed answer by default
>>> api.requests[-1].operation
'calls.register_web_call'
>>> api.respond("calls.get", status=404)                       # the next calls.get raises NotFoundError

With pytest, the ``puretalk_api`` fixture (registered by this package) gives a fresh ``FakeAPI`` per
test. Requests are checked with ``jsonschema``: install the ``testing`` extra,
``pip install 'puretalk-client[testing]'``.
"""

from puretalk_client.testing._fake import DEFAULT_PAGE_SIZE, FAKE_API_KEY, FAKE_AUDIO, FakeAPI, RecordedRequest

__all__ = ["DEFAULT_PAGE_SIZE", "FAKE_API_KEY", "FAKE_AUDIO", "FakeAPI", "RecordedRequest"]
