"""The ``puretalk_client`` logger, switched on by ``PURETALK_LOG=debug|info|warning``.

Without ``PURETALK_LOG`` the logger is left to the application's logging configuration:
its WARNING records (an answer that differs from the spec, once per kind and client)
reach the root logger's handlers, or Python's last-resort handler on stderr.
"""

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
    levels = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
    level = levels.get(os.environ.get("PURETALK_LOG", "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
