"""Running a django-import-export resource row by row, reporting progress as it goes.

The same loop as django-import-export's `Resource.import_data` (copied: the library has no
hook between rows), written as a generator so that the admin can stream progress to the
browser and the command can print it. The whole file runs in one transaction (each row in a
savepoint), which is rolled back for a preview or when any row is invalid, so a file is
imported whole or not at all; `resource.finish(dry_run=…)` runs last, inside it.

It leans on the library's internals (`_meta.instance_loader_class`, the Result's
`increment_row_result_total`, `append_error_row`, …): re-check it against `import_data`
on every django-import-export upgrade (docs/architecture.md).
"""

from collections import OrderedDict

from django.db import transaction
from import_export.results import RowResult


def import_rows(resource, dataset, *, dry_run: bool, every: int = 100):
    """Yields the number of rows done (every `every` rows and at the end); returns the
    import-export Result."""
    result = resource.get_result_class()()
    result.diff_headers = []
    with transaction.atomic():
        try:
            resource.before_import(dataset, dry_run=dry_run)
        except Exception as error:  # reported as a problem of the whole file
            resource.handle_import_error(result, error, raise_errors=False)
            transaction.set_rollback(True)
            return result
        result.total_rows = len(dataset)
        loader = resource._meta.instance_loader_class(resource, dataset)
        for number, cells in enumerate(dataset, start=1):
            row = OrderedDict(zip(dataset.headers, cells, strict=True))
            with transaction.atomic():
                row_result = resource.import_row(
                    row, loader, dry_run=dry_run, using_transactions=True, row_number=number
                )
            result.increment_row_result_total(row_result)
            if row_result.errors:
                result.append_error_row(number, row, row_result.errors)
            elif row_result.validation_error:
                result.append_invalid_row(number, row, row_result.validation_error)
            if (
                row_result.import_type != RowResult.IMPORT_TYPE_SKIP
                or resource._meta.report_skipped
            ):
                result.append_row_result(row_result)
            if number % every == 0:
                yield number
        if dry_run or result.has_errors() or result.has_validation_errors():
            transaction.set_rollback(True)
        else:
            resource.finish(dry_run=dry_run)
    yield len(dataset)
    return result


def run(resource, dataset, *, dry_run: bool, progress=None):
    """The whole import at once; `progress(done)` is called as rows are done."""
    runner = import_rows(resource, dataset, dry_run=dry_run)
    while True:
        try:
            done = next(runner)
        except StopIteration as stop:
            return stop.value
        if progress:
            progress(done)
