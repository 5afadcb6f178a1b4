"""Docs pages are parsed in linear time, and the work on what was downloaded stays inside the deadline.

The Markdown patterns update-spec used (kept below as ``OLD_FENCE`` and ``OLD_LINK``, the reference
for what a block and a link are) backtracked: a 256 KB page of unclosed fences took 46 s and a 400 KB
unclosed link 56 s, outside the download deadline. The scanners that replace them must find the
same blocks and links (checked on generated pages) and take time linear in the page: each hostile
page here is 16 MiB (the cap per page), and the seconds taken are asserted against a bound measured
in the same test (one regex pass over the same page), so a loaded machine slows both alike.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.commands.update_spec import DOCS_LIMITS, SourceError, fragments, link_targets, links, load, yaml_blocks
from scripts.infra.fetching import Deadline, FetchError, Limits, Origin
from scripts.infra.urls import masked
from tests.helpers.hostile_site import Site, hostile_site

OLD_FENCE = re.compile(r"^(`{3,}|~{3,})[ \t]*ya?ml\b[^\n]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)
OLD_LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)")
PAGE = DOCS_LIMITS.page_bytes  # 16 MiB: the largest page update-spec reads
BASE = "https://docs.example.com/llms.txt"

HOSTILE_PAGES: dict[str, Callable[[int], str]] = {
    "unclosed yaml fences": lambda size: "```yaml\n" * (size // 8),
    "one closing fence at the very end": lambda size: "```yaml\n" * (size // 8 - 1) + "```\n",
    "an unclosed link": lambda size: "[x](" + "a" * (size - 4),
    "an unclosed link then spaces": lambda size: "[x](" + " " * (size - 5) + "a",
    "unclosed brackets": lambda size: "[" * size,
    "brackets then whitespace": lambda size: "[" * (size // 2) + "](" + " " * (size // 2 - 2),
    "empty link targets": lambda size: "[]()" * (size // 4),
    "no closing parenthesis": lambda size: "[](" * (size // 3),
}


def seconds(work: Callable[[], object]) -> float:
    """How long ``work`` takes, in seconds."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


ONE_PASS = re.compile(r"[\x00\x01]z|^\x02", re.MULTILINE)
"""A pattern that matches nowhere in these pages: searching it is one pass of the regex engine over every character."""


def bound(page: str) -> float:
    """A bound for scanning ``page``: 2 s, or two passes of the regex engine over it when the machine is slower."""
    return max(2.0, 2 * seconds(lambda: ONE_PASS.search(page)))


@pytest.mark.parametrize("shape", list(HOSTILE_PAGES))
def test_a_hostile_16_mib_page_is_scanned_in_seconds(shape: str) -> None:
    page = HOSTILE_PAGES[shape](PAGE)
    limit = bound(page)
    taken = seconds(lambda: (list(yaml_blocks(page)), list(link_targets(page))))
    assert taken < limit, f"{shape}: {taken:.2f} s to scan 16 MiB (bound {limit:.2f} s)"


@pytest.mark.parametrize("shape", ["unclosed yaml fences", "an unclosed link"])
def test_the_old_patterns_took_seconds_on_what_now_takes_milliseconds(shape: str) -> None:
    # What the issue measured (256 KB: 46 s), at a size that keeps this test short: 24 KB, about a second.
    page = HOSTILE_PAGES[shape](24 * 1024)
    old = seconds(lambda: (OLD_FENCE.findall(page), OLD_LINK.findall(page)))
    new = seconds(lambda: (list(yaml_blocks(page)), list(link_targets(page))))
    assert new * 20 < old, f"{shape}: old patterns {old:.3f} s, scanners {new:.3f} s"


def dense(unit: str, size: int) -> str:
    return unit * (size // len(unit))


@pytest.mark.parametrize(
    "unit", ["~~~yaml\n````\n", "```\n", "```yaml\nx: 1\n```\n", "- [a](b)\n", "[a](<b> c)\n", "[a](b)[c](d"]
)
def test_pages_dense_with_fences_or_links_take_time_linear_in_their_size(unit: str) -> None:
    # Every line is a fence (yaml fences closed only by another fence, too) or a link: the scanners do work
    # per line, about a microsecond, so 16 MiB of them take seconds, not milliseconds. 8 times the page, at most
    # 8 times the time (3 times that, for a loaded machine); a quadratic scan would take 64 times.
    def scan(page: str) -> float:
        return min(seconds(lambda: (list(yaml_blocks(page)), list(link_targets(page)))) for _ in range(2))

    small, large = scan(dense(unit, 2**19)), scan(dense(unit, 4 * 2**20))
    assert large < 3 * 8 * small + 0.5, f"{unit!r}: 512 KiB in {small:.2f} s, 4 MiB in {large:.2f} s"


def test_masking_is_linear_on_hostile_text() -> None:
    # The former pattern backtracked on "a://" repeated: 80 KB took 6 s.
    pages = (
        dense("a://", PAGE) + "@",
        dense("a://", PAGE) + " @",
        "https://" + "a:" * (PAGE // 2) + "@",
        dense("x://@ ", 2**20),
    )
    for page in pages:
        limit = bound(page)
        taken = seconds(lambda page=page: masked(page))
        assert taken < limit, f"{page[:12]!r}...: {taken:.2f} s (bound {limit:.2f} s)"


markdown_pieces = st.sampled_from(
    ["```", "````", "~~~", "yaml", "yml", " yaml", "\n", " ", "\t", "x", "[", "]", "(", ")", "<", ">", "`", "a: 1"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(markdown_pieces, max_size=40).map("".join))
def test_the_scanners_find_what_the_old_patterns_found(page: str) -> None:
    assert list(yaml_blocks(page)) == [match.group(2) for match in OLD_FENCE.finditer(page)]
    assert list(link_targets(page)) == OLD_LINK.findall(page)


def test_what_a_block_and_a_link_are() -> None:
    page = (
        "intro [a](/a.md) and [b]( <b.md> 'title') [c](</c.md>)\n"
        "```yaml openapi\nx: 1\n```\n"
        "````yaml\n```\nnot closed by a shorter fence\n````  \n"
        "~~~yml\ny: 2\n~~~\n"
        "```yaml\nnever closed\n"
    )
    assert list(yaml_blocks(page)) == ["x: 1\n", "```\nnot closed by a shorter fence\n", "y: 2\n"]
    assert list(link_targets(page)) == ["/a.md", "b.md", "/c.md"]
    assert list(yaml_blocks("```yaml\r\nx: 1\r\n```\r\n")) == ["x: 1\r\n"]  # closed on a CRLF page too


def counting(calls: list[int]) -> Callable[[], None]:
    def checkpoint() -> None:
        calls.append(1)

    return checkpoint


def test_the_deadline_is_checked_while_fragments_and_links_are_read() -> None:
    calls: list[int] = []
    blocks = "```yaml\nopenapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n```\n" * 3
    assert len(fragments(blocks, "page", counting(calls))) == 3
    assert len(calls) == 3
    calls.clear()
    index = "".join(f"- [p](/p{number}.md)\n" for number in range(3000))
    pages, _ = links(index, BASE, Origin.of(BASE), counting(calls))
    assert len(pages) == 3000
    assert len(calls) >= 3

    expired = Deadline(0.0)
    time.sleep(0.01)
    with pytest.raises(FetchError, match=r"^page: gave up after 0 s \(the deadline for all downloads\)$"):
        fragments(blocks, "page", lambda: expired.check("page"))


@pytest.fixture
def docs() -> Iterator[Site]:
    with hostile_site() as site:
        yield site


def test_an_index_of_millions_of_links_stops_at_the_deadline(docs: Site) -> None:
    # Three million distinct links, all on the origin: far more than the cap on pages, and each costs a
    # URL check; reading them is work after the download, which the deadline bounds.
    body = "".join(f"[p](/{number:x})" for number in range(PAGE // 12))[: PAGE - 1]
    source = docs.add("/llms.txt", body, "text/plain")
    limits = Limits(page_bytes=PAGE, total_bytes=2 * PAGE, pages=10, deadline=1.5)
    start = time.perf_counter()
    with pytest.raises(SourceError, match=r": gave up after 1\.5 s \(the deadline for all downloads\)$"):
        load(source, limits)
    taken = time.perf_counter() - start
    assert taken < 1.5 + bound(body), f"{taken:.2f} s with a deadline of 1.5 s"
    assert docs.paths() == ["/llms.txt"]


def test_a_16_mib_page_of_unclosed_fences_is_refused_quickly_end_to_end(docs: Site) -> None:
    page = HOSTILE_PAGES["unclosed yaml fences"](PAGE - 1024)
    source = docs.add("/calls.md", page)
    start = time.perf_counter()
    with pytest.raises(SourceError, match="neither an OpenAPI document nor a page or index holding OpenAPI fragments"):
        load(source, Limits(page_bytes=PAGE, total_bytes=2 * PAGE, pages=10, deadline=60))
    taken = time.perf_counter() - start
    assert taken < 5 * bound(page), f"{taken:.2f} s"
