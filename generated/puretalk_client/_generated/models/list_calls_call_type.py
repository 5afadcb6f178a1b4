from typing import Literal

ListCallsCallType = Literal["incoming", "outgoing"]

LIST_CALLS_CALL_TYPE_VALUES: set[ListCallsCallType] = {
    "incoming",
    "outgoing",
}


def check_list_calls_call_type(value: str) -> ListCallsCallType:
    if value in LIST_CALLS_CALL_TYPE_VALUES:
        return value
    raise ValueError(
        f"Unexpected value {value!r}. Expected one of {LIST_CALLS_CALL_TYPE_VALUES!r}"
    )
