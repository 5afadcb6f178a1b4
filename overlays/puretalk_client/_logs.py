"""The ``puretalk_client`` logger, switched on by ``PURETALK_LOG=info|debug``."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("puretalk_client")
_configured = False


def setup_logging() -> None:
    """Apply ``PURETALK_LOG`` once per process: a level and a stderr handler for our logger."""
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("PURETALK_LOG", "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
