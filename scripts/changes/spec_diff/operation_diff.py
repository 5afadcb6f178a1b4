"""Compare one operation in two documents: its names, parameters, request body and responses."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from scripts.changes.spec_diff.changes import Change
from scripts.changes.spec_diff.document import Operation, Spec, is_json, mapping, media_base, path_parameters, sequence
from scripts.changes.spec_diff.schema_diff import Context, Direction, Finding, SchemaDiffer, render_path
from scripts.generation.names import snake

Emit = Callable[[str, str], None]


def python_name(text: str) -> str:
    """Return the Python name of ``text`` (``listCalls`` → ``list_calls``): the one function, as the code has it."""
    return snake(text)


def _function_name(operation: Operation) -> str:
    operation_id = operation.raw.get("operationId")
    if isinstance(operation_id, str):
        return python_name(operation_id)
    return python_name(f"{operation.method}_{operation.path}")


def _module_name(operation: Operation) -> str:
    tags = [str(tag) for tag in sequence(operation.raw.get("tags"))]
    return python_name(tags[0]) if tags else "default"


def _is_success(status: str) -> bool:
    return status.startswith("2")


def _covers(wide: str, narrow: str) -> bool:
    """Whether media range ``wide`` includes ``narrow`` (``*/*`` ⊇ ``application/*`` ⊇ ``application/json``)."""
    wide, narrow = media_base(wide), media_base(narrow)
    if wide == narrow:
        return False
    if wide == "*/*":
        return True
    return wide.endswith("/*") and narrow.startswith(wide[:-1])


def _serialization(parameter: Mapping[str, Any]) -> tuple[str, bool]:
    where = parameter.get("in")
    style = parameter.get("style")
    style = style if isinstance(style, str) else "form" if where in ("query", "cookie") else "simple"
    explode = parameter.get("explode")
    return style, explode if isinstance(explode, bool) else style == "form"


class OperationDiffer:
    """Compares matched operations of an old and a new document."""

    def __init__(self, schemas: SchemaDiffer) -> None:
        self.schemas = schemas
        self.old: Spec = schemas.old
        self.new: Spec = schemas.new

    def compare(self, old: Operation, new: Operation) -> list[Change]:
        """Every change from ``old`` to ``new`` (the same operation, its path parameters maybe renamed)."""
        changes: list[Change] = []

        def emit(rule: str, what: str) -> None:
            changes.append(Change(new.name, what, rule))

        self._names(old, new, emit)
        renames = self._path_renames(old, new, emit)
        same_text = (
            not self.old.swagger
            and not self.new.swagger
            and old.path == new.path
            and self.schemas.unchanged(old.raw, new.raw)
            and self.schemas.unchanged(old.item.get("parameters"), new.item.get("parameters"))
        )
        if not same_text:
            self._parameters(old, new, renames, emit)
            self._request_body(old, new, emit)
            self._responses(old, new, emit)
        return changes

    def _names(self, old: Operation, new: Operation, emit: Emit) -> None:
        old_id, new_id = old.raw.get("operationId"), new.raw.get("operationId")
        if old_id != new_id:
            before, after = _function_name(old), _function_name(new)
            rule = "operation-id-changed" if before != after else "operation-id-respelled"
            emit(
                rule,
                f"operationId changed: {old_id or '(none)'} -> {new_id or '(none)'} (function {before} -> {after})",
            )
        old_tags = [str(tag) for tag in sequence(old.raw.get("tags"))]
        new_tags = [str(tag) for tag in sequence(new.raw.get("tags"))]
        if _module_name(old) != _module_name(new):
            emit("operation-module-changed", f"module changed: api/{_module_name(old)} -> api/{_module_name(new)}")
        elif set(old_tags) != set(new_tags):
            emit("operation-tags-changed", f"tags changed: {', '.join(old_tags)} -> {', '.join(new_tags)}")
        if (old.raw.get("deprecated") is True) != (new.raw.get("deprecated") is True):
            emit("operation-deprecated", "deprecated" if new.raw.get("deprecated") is True else "no longer deprecated")

    def _path_renames(self, old: Operation, new: Operation, emit: Emit) -> dict[str, str]:
        renames = {}
        for before, after in zip(path_parameters(old.path), path_parameters(new.path), strict=False):
            if before != after:
                same = python_name(before) == python_name(after)
                rule = "path-parameter-respelled" if same else "path-parameter-renamed"
                emit(rule, f"path parameter {before} renamed to {after}")
                renames[before] = after
        return renames

    def _emit_findings(self, emit: Emit, findings: list[Finding], root: str, field: str | None = None) -> None:
        for finding in findings:
            path = render_path(finding.path)
            if not path:
                where = root
            elif field:
                where = f"{field} {path}"
            else:
                where = f"{root}{path}" if path.startswith("[]") else f"{root}.{path}"
            emit(finding.rule, f"{where} {finding.detail}")

    def _parameters(self, old: Operation, new: Operation, renames: dict[str, str], emit: Emit) -> None:
        before = {
            (where, renames.get(name, name) if where == "path" else name): parameter
            for (where, name), parameter in self.old.parameters(old).items()
        }
        after = self.new.parameters(new)
        for key, parameter in before.items():
            if key not in after:
                rule = "deprecated-parameter-removed" if parameter.get("deprecated") is True else "parameter-removed"
                emit(rule, f"parameter {key[0]}:{parameter.get('name')} removed")
        for key, parameter in after.items():
            if key in before:
                self._parameter(before[key], parameter, emit)
                continue
            required = parameter.get("required") is True or key[0] == "path"
            kind = self.schemas.new_reader.describe(self.new.parameter_schema(parameter)[0])
            rule = "required-parameter-added" if required else "parameter-added"
            emit(rule, f"parameter {key[0]}:{parameter.get('name')} added ({kind}{', required' if required else ''})")

    def _parameter(self, old: Mapping[str, Any], new: Mapping[str, Any], emit: Emit) -> None:
        label = f"parameter {new.get('in')}:{new.get('name')}"
        in_path = new.get("in") == "path"
        was_required, is_required = old.get("required") is True or in_path, new.get("required") is True or in_path
        if was_required != is_required:
            made = "required" if is_required else "optional"
            emit(f"parameter-made-{made}", f"{label} made {made}")
        if (old.get("deprecated") is True) != (new.get("deprecated") is True):
            emit(
                "parameter-deprecated",
                f"{label} {'deprecated' if new.get('deprecated') is True else 'no longer deprecated'}",
            )
        if "content" not in old and "content" not in new and not self.new.swagger:
            style_before, style_after = _serialization(old), _serialization(new)
            if style_before != style_after:
                emit(
                    "parameter-serialization-changed",
                    f"{label} serialization changed: style={style_before[0]}, explode={style_before[1]} -> "
                    f"style={style_after[0]}, explode={style_after[1]}",
                )
        empty_before, empty_after = old.get("allowEmptyValue") is True, new.get("allowEmptyValue") is True
        if empty_before != empty_after:
            rule = "parameter-empty-value-allowed" if empty_after else "parameter-empty-value-disallowed"
            emit(rule, f"{label} allowEmptyValue {'added' if empty_after else 'removed'}")
        old_schema, _ = self.old.parameter_schema(old)
        new_schema, strongly_typed = self.new.parameter_schema(new)
        context = Context(Direction.REQUEST, strongly_typed, parameter=True)
        self._emit_findings(emit, self.schemas.compare(old_schema, new_schema, context), label)

    def _request_body(self, old: Operation, new: Operation, emit: Emit) -> None:
        before, after = self.old.request_body(old), self.new.request_body(new)
        if before is None and after is None:
            return
        if before is None:
            required = mapping(after).get("required") is True
            rule = "required-request-body-added" if required else "request-body-added"
            emit(rule, f"request body added{' (required)' if required else ''}")
            return
        if after is None:
            emit("request-body-removed", "request body removed")
            return
        if (before.get("required") is True) != (after.get("required") is True):
            made = "required" if after.get("required") is True else "optional"
            emit(f"request-body-made-{made}", f"request body made {made}")
        self._content(
            before.get("content"), after.get("content"), Direction.REQUEST, ("request body", "request field"), emit
        )

    def _content(self, old: Any, new: Any, direction: Direction, labels: tuple[str, str], emit: Emit) -> None:
        before = {str(media).strip().lower(): value for media, value in mapping(old).items()}
        after = {str(media).strip().lower(): value for media, value in mapping(new).items()}
        root, field = labels
        pairs = [(media, media) for media in before if media in after]
        removed = [media for media in before if media not in after]
        added = [media for media in after if media not in before]
        for gone in list(removed):
            for fresh in added:
                if media_base(gone) == media_base(fresh):
                    rule = "media-type-parameters-changed"
                elif direction is Direction.RESPONSE and _covers(fresh, gone):
                    rule = "response-media-type-generalized"
                elif direction is Direction.RESPONSE and _covers(gone, fresh):
                    rule = "response-media-type-specialized"
                else:
                    continue
                emit(rule, f"{root} media type changed: {gone} -> {fresh}")
                pairs.append((gone, fresh))
                removed.remove(gone)
                added.remove(fresh)
                break
        side = direction.value
        for media in removed:
            emit(f"{side}-media-type-removed", f"{root} media type {media} removed")
        for media in added:
            emit(f"{side}-media-type-added", f"{root} media type {media} added")
        for gone, fresh in pairs:
            old_schema, new_schema = mapping(before[gone]).get("schema"), mapping(after[fresh]).get("schema")
            if old_schema is None and new_schema is None:
                continue
            suffix = "" if media_base(fresh) == "application/json" else f" ({fresh})"
            context = Context(direction, is_json(fresh))
            findings = self.schemas.compare(old_schema or {}, new_schema or {}, context)
            self._emit_findings(emit, findings, root + suffix, field + suffix)

    def _responses(self, old: Operation, new: Operation, emit: Emit) -> None:
        before, after = self.old.responses(old), self.new.responses(new)
        for status in before:
            if status not in after:
                kind = "success" if _is_success(status) else "error"
                emit(f"{kind}-response-removed", f"response {status} removed")
        for status in after:
            if status not in before:
                kind = "success" if _is_success(status) else "error"
                emit(f"{kind}-response-added", f"response {status} added")
        for status in before:
            if status in after:
                labels = (f"response {status}", f"response field {status}")
                self._content(
                    before[status].get("content"), after[status].get("content"), Direction.RESPONSE, labels, emit
                )
                self._headers(status, before[status], after[status], emit)

    def _headers(self, status: str, old: Mapping[str, Any], new: Mapping[str, Any], emit: Emit) -> None:
        before = {
            str(name).lower(): (str(name), mapping(self.old.resolve(header)))
            for name, header in mapping(old.get("headers")).items()
        }
        after = {
            str(name).lower(): (str(name), mapping(self.new.resolve(header)))
            for name, header in mapping(new.get("headers")).items()
        }
        for key in [*before, *(key for key in after if key not in before)]:
            if key == "content-type":
                continue
            if key not in after:
                name, header = before[key]
                required = header.get("required") is True
                rule = "required-response-header-removed" if required else "optional-response-header-removed"
                emit(rule, f"response header {status} {name} removed")
            elif key not in before:
                name, header = after[key]
                kind = self.schemas.new_reader.describe(self.new.header_schema(header))
                emit("response-header-added", f"response header {status} {name} added ({kind})")
            else:
                (_, old_header), (name, new_header) = before[key], after[key]
                label = f"response header {status} {name}"
                was, now = old_header.get("required") is True, new_header.get("required") is True
                if was != now:
                    made = "required" if now else "optional"
                    emit(f"response-header-made-{made}", f"{label} made {made}")
                if "content" not in old_header and "content" not in new_header and not self.new.swagger:
                    style_before = _serialization({**old_header, "in": "header"})
                    style_after = _serialization({**new_header, "in": "header"})
                    if style_before != style_after:
                        emit(
                            "response-header-serialization-changed",
                            f"{label} serialization changed: style={style_before[0]}, explode={style_before[1]} -> "
                            f"style={style_after[0]}, explode={style_after[1]}",
                        )
                findings = self.schemas.compare(
                    self.old.header_schema(old_header),
                    self.new.header_schema(new_header),
                    Context(Direction.RESPONSE, strongly_typed=False),
                )
                self._emit_findings(emit, findings, label)
