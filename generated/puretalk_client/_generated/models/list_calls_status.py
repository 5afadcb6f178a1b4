from typing import Literal

ListCallsStatus = Literal["completed", "failed", "in-progress"]

LIST_CALLS_STATUS_VALUES: set[ListCallsStatus] = {
    "completed",
    "failed",
    "in-progress",
}


def check_list_calls_status(value: str) -> ListCallsStatus:
    if value in LIST_CALLS_STATUS_VALUES:
        return value
    raise ValueError(
        f"Unexpected value {value!r}. Expected one of {LIST_CALLS_STATUS_VALUES!r}"
    )
