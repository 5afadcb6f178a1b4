"""What tests share, one module per kind: import it from the module that holds it.

- ``paths``: the repository root, the test data, copies of the repository;
- ``spec``: reading openapi.yaml's operations;
- ``mock_api``: clients over ``httpx.MockTransport`` with a recording fake API;
- ``servers``: real servers on 127.0.0.1 (in a thread, or a subprocess such as Prism);
- ``faulty_server`` and ``stub_api``: the two local HTTP servers the client tests talk to.

Fixtures (the Prism URL, repository copies, a clean ``PURETALK_*`` environment) are in
``tests/conftest.py``.
"""
