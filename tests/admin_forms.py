"""Turn a rendered admin change form into the POST data a browser would send back."""

import datetime


def _encode(value):
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value)


def form_data(form) -> dict:
    data = {}
    for bound in form:
        value = bound.value()
        if isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [_encode(item) for item in value]
        else:
            data[bound.html_name] = _encode(value)
    return data


def changeform_data(response) -> dict:
    """The admin form and all inline formsets of a change/add/revision page, as POST data."""
    data = form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        data.update(form_data(inline.formset.management_form))
        for form in inline.formset.forms:
            data.update(form_data(form))
    return data


def form_errors(response) -> dict:
    """Every error on an admin page that did not save, for assertion messages."""
    if response.context is None or "adminform" not in response.context:
        return {}
    errors = {"form": response.context["adminform"].form.errors}
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        errors[formset.prefix] = {
            "non_form": formset.non_form_errors(),
            "forms": [form.errors for form in formset.forms],
        }
    return errors
