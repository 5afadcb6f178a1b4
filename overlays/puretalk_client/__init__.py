"""puretalk_client: the typed, safe Python client for the Puretalk AI API.

The generated low-level client lives in :mod:`puretalk_api`; this package layers
auth, retries, errors and ergonomic helpers over it.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
