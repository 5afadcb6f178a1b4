"""Mistakes both type checkers must flag, checked by tests/test_user_code_types.py.

Each line marked ``# expect-error`` must draw an error from ``mypy --strict`` and from
pyright, and no other line may: this proves the checkers see the client's real types
(an import that fell back to ``Any`` would flag nothing). Written for this project.
"""

from __future__ import annotations

from puretalk_client import Puretalk


def mistakes(client: Puretalk) -> None:
    """Use optional fields as if they were always there."""
    call = client.calls.get("696a4c8f-3eaf-41bf-a052-2c2fe630c046")
    client.assistants.get(call.assistant_id)  # expect-error: str | None is not str
    print(len(call.status))  # expect-error: str | None has no len
    print(call.transcript.strip())  # expect-error: None has no strip
    print(call.no_such_field)  # expect-error: not a field of Call
    client.calls.register_web_call(assistant_id=None)  # expect-error: the id is required


def wrong_options(client: Puretalk) -> None:
    """Options of the wrong type, and a keyword the helper does not take."""
    client.tts.synthesize_to_file("a.wav", voice_id="v", text="t", timeout="long")  # expect-error: not a timeout
    client.tts.synthesize_to_file("a.wav", voice="v", text="t")  # expect-error: no keyword voice
    client.base_url = 42  # expect-error: a base URL is a str or an httpx.URL
    Puretalk(default_query={"page": [1, 2]})  # expect-error: a query value is a str, int, float or bool
