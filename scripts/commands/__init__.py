"""The pipeline's command flows: ``generate`` and ``check``, ``update-spec``, ``spec-watch``.

The layers import one way: ``infra`` <- ``generation`` (spec in, package out) <- ``changes`` (what
changed: the diffs, the report, versions, the changelog) <- ``commands`` <- ``release``.
"""
