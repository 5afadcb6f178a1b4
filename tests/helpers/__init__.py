"""What tests share, one module per kind: import it from the module that holds it.

- ``paths``: the repository root, the test data, copies of the repository;
- ``spec``: reading openapi.yaml's operations;
- ``versions``: the version pyproject.toml has now, and the one a change of each level leads to;
- ``upstream_changes``: the corpus of upstream changes, each applicable to whatever the spec is;
- ``mock_api``: clients over ``httpx.MockTransport`` with a recording fake API;
- ``servers``: real servers on 127.0.0.1 (in a thread, or a subprocess such as Prism);
- ``faulty_server`` and ``stub_api``: the two local HTTP servers the client tests talk to.

What the tests pin about today's API on purpose (the seed operation, the names users have)
is in ``tests/pins.py``, and only there.

Fixtures (the Prism URL, repository copies, a clean ``PURETALK_*`` environment) are in
``tests/conftest.py``.
"""
