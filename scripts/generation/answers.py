"""How a method reads its 2xx answer: the model itself, or an envelope and pages as the overlay declares them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from scripts.generation.ir import FacadeError, Field, Model, TypeRef, Union, core
from scripts.generation.names import Identifier
from scripts.generation.operations import Operation

ENVELOPE_EXTENSION = "x-puretalk-envelope"
PAGINATION_EXTENSION = "x-puretalk-pagination"


@dataclass
class Parser:
    """How a method turns the generated parse of a 2xx answer into its result."""

    name: Identifier
    kind: str
    """``any``, ``binary``, ``model``, ``union``, ``linked`` (a page with links), ``counted`` (a page with a count)."""
    result: Union
    model: str = ""
    envelope: bool = False
    unwrap: str = ""
    """``results``: return the envelope's results; ``none``: an envelope without results; empty: the model itself."""
    origins: tuple[str, ...] = ()
    items_field: Identifier | None = None
    error_field: Identifier | None = None
    """The envelope's error flag (its Python name); ``error_key`` is its JSON name."""
    error_key: str = ""
    results_field: Identifier | None = None
    count_field: Identifier | None = None
    next_field: Identifier | None = None
    previous_field: Identifier | None = None
    page_param: str = "page"
    """The query parameter (its spec name) that numbers pages."""
    nested: bool = False
    """Whether the page's fields are in the envelope's results (not in the body itself)."""
    decoder: Identifier | None = None
    """The module-level decoder of a ``union`` answer."""


def success_parser(operation: Operation, models: Mapping[str, Model], name: Identifier) -> Parser:
    """Work out how a method reads its 2xx answer (see :class:`Parser`)."""
    answers = operation.success
    if not answers or all(parts is not None and [p.name for p in parts] == ["Any"] for parts in answers):
        return Parser(name, "any", (TypeRef("leaf", "Any"),))
    if answers == [None]:
        return Parser(name, "binary", (TypeRef("leaf", "bytes"),))
    if len(answers) == 1 and answers[0] is not None and len(answers[0]) == 1 and answers[0][0].kind == "model":
        model = models.get(answers[0][0].name)
        if model is not None and not model.is_alias:
            return _model_parser(operation, model, models, name)
    parts: list[TypeRef] = []
    for answer in answers:
        for part in answer or (TypeRef("leaf", "bytes", origin="bytes"),):
            if part not in parts:
                parts.append(part)
    origins = tuple(part.origin for part in parts)
    return Parser(name, "union", tuple(parts), origins=origins if all(origins) else ())


def _declared(operation: Operation, key: str, allowed: frozenset[str]) -> Mapping[str, str] | None:
    """Return what the overlay declares under ``key`` on the operation (names of the answer's fields), if anything."""
    value = operation.spec.get(key)
    if value is None:
        return None
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise FacadeError(f"{operation.key}: {key} must map {sorted(allowed)} to names, got {str(value)[:60]!r}")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise FacadeError(f"{operation.key}: {key} knows {sorted(allowed)}, not {unknown}")
    return value


def _named(operation: Operation, model: Model, key: str, name: str) -> Field:
    found = next((entry for entry in model.fields if entry.source == name), None)
    if found is None:
        raise FacadeError(f"{operation.key}: {key} names the field {name[:60]!r}, which {model.name} does not have")
    return found


def _model_parser(operation: Operation, model: Model, models: Mapping[str, Model], name: Identifier) -> Parser:
    """Read a model answer as the overlay declares it: an envelope, pages, or neither (the model itself).

    The envelope is ``x-puretalk-envelope``, the pages ``x-puretalk-pagination``; nothing is inferred
    from field names.
    """
    base = Parser(name, "model", (TypeRef("model", model.name),), model=model.name)
    envelope = _declared(operation, ENVELOPE_EXTENSION, frozenset({"error", "results"}))
    if envelope is not None:
        if "error" not in envelope:
            raise FacadeError(f"{operation.key}: {ENVELOPE_EXTENSION} must name the error flag (error: <field>)")
        base.envelope, base.error_key = True, envelope["error"]
        flag = next((entry for entry in model.fields if entry.source == envelope["error"]), None)
        base.error_field = flag.name if flag else None  # a flag the schema leaves out is only looked for
        if "results" in envelope:
            results = _named(operation, model, ENVELOPE_EXTENSION, envelope["results"])
            base.result, base.unwrap, base.results_field = core(results.parts), "results", results.name
        else:
            base.result, base.unwrap = (TypeRef("leaf", "None"),), "none"
    paging = _declared(operation, PAGINATION_EXTENSION, frozenset({"page", "items", "count", "next", "previous"}))
    if paging is not None:
        _paging(operation, model, models, base, paging)
    return base


def _list_item(parts: Union) -> Union | None:
    kept = core(parts)
    if len(kept) == 1 and kept[0].kind == "list":
        return kept[0].item
    return None


def _paging(
    operation: Operation, model: Model, models: Mapping[str, Model], base: Parser, paging: Mapping[str, str]
) -> None:
    """Make ``base`` read pages as declared: linked (``next``, ``previous``) or counted (``count``).

    The fields are read from the body, or, in an envelope with results, from its results.
    """
    key = PAGINATION_EXTENSION
    page = paging.get("page", "page")
    if operation.method != "GET" or not any(param.source == page for param in operation.query_params):
        raise FacadeError(f"{operation.key}: {key} needs a GET with the query parameter {page[:60]!r}")
    container = model
    if base.unwrap == "results":
        kept = [part for part in base.result if part.kind == "model"]
        inner = models.get(kept[0].name) if len(kept) == 1 and len(base.result) == 1 else None
        if inner is None or inner.is_alias:
            raise FacadeError(f"{operation.key}: {key} needs the envelope's results to be an object")
        container, base.nested = inner, True
    if "items" not in paging:
        raise FacadeError(f"{operation.key}: {key} must name the field of the items (items: <field>)")
    items = _named(operation, container, key, paging["items"])
    item = _list_item(items.parts)
    if item is None:
        raise FacadeError(f"{operation.key}: {key} items {paging['items'][:60]!r} is not a list")
    base.items_field, base.result, base.page_param = items.name, item, page
    if "count" in paging:
        base.count_field = _named(operation, container, key, paging["count"]).name
    if "next" in paging:
        base.kind = "linked"
        base.next_field = _named(operation, container, key, paging["next"]).name
        if "previous" in paging:
            base.previous_field = _named(operation, container, key, paging["previous"]).name
    elif base.count_field is not None:
        base.kind = "counted"
    else:
        raise FacadeError(f"{operation.key}: {key} must name next (linked pages) or count (counted pages)")


__all__ = ["ENVELOPE_EXTENSION", "PAGINATION_EXTENSION", "Parser", "success_parser"]
