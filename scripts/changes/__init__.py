"""Spec changes: fetching a new spec, the change report, versions, the changelog, spec-watch."""
