"""Every type users annotate with: the spec's models and enums, and ``FileInput``.

>>> from puretalk_client.types import Call, ListCallsStatus, FileInput   # doctest: +SKIP

The models and enums are the generated ones, re-exported whole (``puretalk_api.models``'s
``__all__``), so a model an upstream change adds is here with no hand edit.
"""

from puretalk_api import models as _models
from puretalk_api.models import *  # noqa: F403 - every generated model and enum, by the generated __all__
from puretalk_client._models import FileInput

__all__ = ["FileInput"]
__all__ += _models.__all__
