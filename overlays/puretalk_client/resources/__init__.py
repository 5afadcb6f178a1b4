"""The Python name of every operation of the spec (``OPERATIONS``: ``METHOD path`` -> ``resource.method``)."""

from puretalk_client._generated.resources import OPERATIONS

__all__ = ["OPERATIONS"]
