"""Spec changes: fetching a new spec, the HTTP and Python-surface diffs, the change report, versions, the changelog."""
