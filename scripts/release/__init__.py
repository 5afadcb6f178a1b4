"""Release: the reproducible build and the upload to the internal index."""
