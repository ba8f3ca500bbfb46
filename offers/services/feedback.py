"""Writing what visitors tell the editors (problem reports, suggested offers) and the
editors' handling of it."""

from django.utils.translation import gettext as _

from offers.models import FeedbackStatus, ProblemReport


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


def propose_change(*, subject: str, message: str, user, language: str) -> ProblemReport:
    """A change an editor may not make themselves (a provider shared with other towns), for
    the editorial team's queue, signed with their name."""
    report = ProblemReport(
        offer_title=subject[:200],
        problem=ProblemReport.Problem.OTHER,
        message=(
            _("Proposed by %(user)s in the back office:") % {"user": user.get_full_name() or user}
            + "\n"
            + message
        )[:2000],
        email=user.email or "",
        language=language,
        client="back office",
    )
    report.full_clean(exclude=["offer"])  # about a provider, not an offer
    report.save()
    return report
