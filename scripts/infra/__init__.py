"""Shared infrastructure: paths and the pipeline's error, locks, atomic swaps, URLs, fetches, YAML/JSON reading."""
