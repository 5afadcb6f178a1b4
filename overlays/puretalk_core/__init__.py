"""puretalk_core: the hand-written runtime the generated client is built on.

The layers import one way, each only from those below it:

1. ``puretalk_core`` (this package, hand-written): auth, retries, transports, typed errors,
   envelopes, responses, pagination, per-call options, the ``NOT_GIVEN`` sentinel and the
   hand-written resource helpers (``helpers/``). It imports neither package below.
2. ``puretalk_api`` (derived from the spec, ``generated/``): openapi-python-client's models and
   endpoint functions, and in ``puretalk_api.resources`` the per-operation resource classes.
3. ``puretalk_client`` (hand-written): ``Puretalk`` / ``AsyncPuretalk`` and the public names
   users import.

Users import ``puretalk_client``; nothing here is public API on its own.
"""
