"""Turn a rendered admin change form into the POST data a browser would send back."""

import datetime
import re


def _encode(value):
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value)


def form_data(form, rendered: set[str] | None = None) -> dict:
    """A form's values as POST data; with `rendered`, only the fields the page has inputs for
    (a browser cannot send a field the template left out)."""
    data = {}
    for bound in form:
        if rendered is not None and bound.html_name not in rendered:
            continue
        value = bound.value()
        if isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [_encode(item) for item in value]
        else:
            data[bound.html_name] = _encode(value)
    return data


def rendered_names(response) -> set[str]:
    """The names of the inputs, selects and text areas on the page."""
    html = response.content.decode()
    return set(re.findall(r'<(?:input|select|textarea)\b[^>]*?\sname="([^"]+)"', html))


def changeform_data(response) -> dict:
    """The admin form and all inline formsets of a change/add/revision page, as POST data:
    the values of the fields the page renders."""
    rendered = rendered_names(response)
    data = form_data(response.context["adminform"].form, rendered)
    # The language the page showed beside German travels with the form (side_by_side.py).
    language = re.search(r'name="_editing_language" value="([^"]*)"', response.content.decode())
    if language:
        data["_editing_language"] = language.group(1)
    for inline in response.context["inline_admin_formsets"]:
        data.update(form_data(inline.formset.management_form, rendered))
        for form in inline.formset.forms:
            data.update(form_data(form, rendered))
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
