"""Writing what visitors tell the editors (problem reports, suggested offers) and the
editors' handling of it."""

from offers.models import FeedbackStatus


def receive(*, message, language: str, client: str):
    """Keep a visitor's message: the page language and the salted connection fingerprint
    (never an address)."""
    message.language = language
    message.client = client
    message.full_clean()
    message.save()
    return message


def set_status(*, messages, status: FeedbackStatus, user) -> int:
    """Mark messages as in progress or done; a handled message forgets its e-mail address, as
    the form promises."""
    changes = {"status": status, "handled_by": user}
    if status == FeedbackStatus.DONE:
        changes["email"] = ""
    return messages.update(**changes)


def save_handling(*, message, user, status_changed: bool):
    """An editor's change to a message in the back office (status, internal note)."""
    if status_changed:
        message.handled_by = user
    if message.status == FeedbackStatus.DONE:
        message.email = ""  # as the form promises: kept only until the message is handled
    message.full_clean()
    message.save()
    return message
