"""Generation: openapi.yaml and the overlay in, generated/ and api.md out (``generate``, ``check``)."""
