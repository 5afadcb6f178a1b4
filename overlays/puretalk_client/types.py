"""Every type users annotate with: the spec's models and enums, their value checks, and ``FileInput``.

>>> from puretalk_client.types import Call, FileInput, ListCallsStatus, check_list_calls_status  # doctest: +SKIP
>>> status: ListCallsStatus = check_list_calls_status(text)  # ValueError outside the enum  # doctest: +SKIP

The models, enums and checks are the generated ones, re-exported whole (the ``__all__`` of
``puretalk_client._generated.models`` and ``.checks``), so one an upstream change adds is here with no hand edit.
"""

from puretalk_client._generated import checks as _checks
from puretalk_client._generated import models as _models
from puretalk_client._generated.checks import *  # noqa: F403 - every enum's check, by the generated __all__
from puretalk_client._generated.models import *  # noqa: F403 - every generated model and enum, by the generated __all__
from puretalk_client._models import FileInput

__all__ = ["FileInput"]
__all__ += _models.__all__
__all__ += _checks.__all__
