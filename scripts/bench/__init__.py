"""Benchmarks: per-call cost and import time against raw httpx, generate against the generator alone."""
