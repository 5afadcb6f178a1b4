"""The pipeline's steps: overlay application, generation, verification. nox calls them."""
