"""Compare two documents: match operations, then compare each pair, their security and the schemes.

Operations match by method and path shape, so ``/books/{bookId}`` and ``/books/{id}``
are one operation whose path parameter was renamed. Where one document has two
paths of the same shape, those match by their exact path instead.
"""

from __future__ import annotations

from scripts.changes.spec_diff.changes import Change
from scripts.changes.spec_diff.document import Operation, Spec, SpecDiffError, path_shape
from scripts.changes.spec_diff.operation_diff import OperationDiffer
from scripts.changes.spec_diff.schema_diff import SchemaDiffer
from scripts.changes.spec_diff.security_diff import SecurityDiffer
from scripts.infra.yaml_io import Document


def _keyed(operations: list[Operation], ambiguous: set[tuple[str, str]]) -> dict[tuple[str, str], Operation]:
    keyed = {}
    for operation in operations:
        shape = (operation.method, path_shape(operation.path))
        keyed[(operation.method, operation.path) if shape in ambiguous else shape] = operation
    return keyed


def _ambiguous(*documents: list[Operation]) -> set[tuple[str, str]]:
    ambiguous = set()
    for operations in documents:
        seen: set[tuple[str, str]] = set()
        for operation in operations:
            shape = (operation.method, path_shape(operation.path))
            if shape in seen:
                ambiguous.add(shape)
            seen.add(shape)
    return ambiguous


def diff(old: Document, new: Document) -> list[Change]:
    """Every change from ``old`` to ``new``: operations removed and added first, then each operation's changes.

    Raises :class:`SpecDiffError` (one line) for a document it cannot read.
    """
    try:
        return _diff(old, new)
    except RecursionError as error:
        raise SpecDiffError("a spec nests values too deeply to compare") from error


def _diff(old: Document, new: Document) -> list[Change]:
    if old == new:
        return []
    old_spec, new_spec = Spec(old, "old spec"), Spec(new, "new spec")
    schemas = SchemaDiffer(old_spec, new_spec)
    operations = OperationDiffer(schemas)
    security = SecurityDiffer(old_spec, new_spec)
    old_operations, new_operations = old_spec.operations(), new_spec.operations()
    ambiguous = _ambiguous(old_operations, new_operations)
    before, after = _keyed(old_operations, ambiguous), _keyed(new_operations, ambiguous)

    changes = []
    for key in sorted(before.keys() - after.keys(), key=lambda key: before[key].name):
        operation = before[key]
        deprecated = operation.raw.get("deprecated") is True
        changes.append(
            Change(
                operation.name,
                "operation removed",
                "deprecated-operation-removed" if deprecated else "operation-removed",
            )
        )
    for key in sorted(after.keys() - before.keys(), key=lambda key: after[key].name):
        changes.append(Change(after[key].name, "operation added", "operation-added"))
    inheriting = False
    for key in sorted(before.keys() & after.keys(), key=lambda key: after[key].name):
        old_operation, new_operation = before[key], after[key]
        changes += operations.compare(old_operation, new_operation)
        changes += security.operation(old_operation, new_operation)
        inheriting |= "security" not in old_operation.raw and "security" not in new_operation.raw
    changes += security.document(inheriting)
    return changes
