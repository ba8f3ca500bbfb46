"""The database's own rules (check and unique constraints) as the editor's messages.

Checking a model's constraints in Python (`full_clean(validate_constraints=True)`) asks the
database once per constraint with every field of the model as a parameter: for an offer with
eleven languages that cost more than all the rest of a write. The write path leaves those
checks to the database, which makes them anyway, and turns its refusal into the message the
constraint declares, so that an editor still reads "Title and summary are required in German"
rather than a database error."""

from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _


@contextmanager
def database_rules(*models):
    """Run the block in a savepoint; a constraint of `models` that the database refuses
    becomes a ValidationError with its message."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as error:
        raise ValidationError(refusal(error, models), code="constraint") from error


def refusal(error: IntegrityError, models) -> str:
    """The message for a refused write: a named constraint's, a unique field's, or the
    database's own words."""
    text = str(error)
    for model in models:
        for constraint in model._meta.constraints:
            if constraint.name and constraint.name in text:
                return str(constraint.get_violation_error_message())
        for field in model._meta.concrete_fields:
            if field.unique and not field.primary_key and _names_column(text, model, field):
                return str(
                    field.error_messages["unique"]
                    % {
                        "model_name": model._meta.verbose_name,
                        "field_label": field.verbose_name,
                    }
                )
    return _("The database refused the change: %(reason)s") % {"reason": text.splitlines()[0]}


def _names_column(text: str, model, field) -> bool:
    # SQLite: "UNIQUE constraint failed: offers_offer.external_id"; PostgreSQL: "Key
    # (external_id)=(…) already exists".
    return f"{model._meta.db_table}.{field.column}" in text or f"({field.column})=" in text
