"""The window's own words for the core errors that name something to do: a control of the
window, where the command line would name a flag. Every other error's sentence is the
core's, which speaks of neither (``core/errors.py``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.errors import AlreadyImportedError, HandloomError

ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "ErrorWords",
    "{0} was already imported on {1} ({2} instructions); tick “{3}” to import it a second "
    "time.",
)
SIGN_IN_REFUSED = {
    "empty": QT_TRANSLATE_NOOP("ErrorWords", "Paste a Hugging Face access token first."),
    "refused": QT_TRANSLATE_NOOP(
        "ErrorWords",
        "The Hub did not accept this token; copy it again from the Access Tokens page of your "
        "Hugging Face settings. Nothing was stored.",
    ),
    "offline": QT_TRANSLATE_NOOP(
        "ErrorWords",
        "The Hugging Face Hub cannot be reached, so the token could not be checked and was "
        "not stored. Sign in again when this computer is online.",
    ),
}
ALREADY_PULLED = QT_TRANSLATE_NOOP(
    "ErrorWords",
    "{0} was already pulled on {1} ({2} instructions); to pull it a second time, tick “{3}” "
    "in “{4}”.",
)
MIXED_REVISIONS = QT_TRANSLATE_NOOP(
    "ErrorWords",
    "An earlier pull of {0} stopped part way through, and the Hub now gives a newer "
    "revision; continuing would mix two versions of the dataset. To pull the new revision "
    "as a second copy (what the stopped pull imported stays), tick “{1}” in “{2}”.",
)
NO_TOKEN = QT_TRANSLATE_NOOP(
    "ErrorWords", "No Hugging Face token: sign in with “{0}” on the Publish page."
)


def _tr(text: object, context: str = "ErrorWords") -> str:
    return QCoreApplication.translate(context, str(text))


def window_sentence(error: HandloomError) -> str:
    """What the window shows for ``error``, in the interface language where it words it."""
    second_copy = _tr("Pull it again as a second copy", "PullDialog")
    pull_dialog = _tr("Pull from the Hub", "PullDialog")
    if isinstance(error, AlreadyImportedError) and error.pulled:
        return _tr(ALREADY_PULLED).format(error.name, error.day, error.rows, second_copy,
                                          pull_dialog)
    if isinstance(error, AlreadyImportedError):
        checkbox = _tr("Import even if imported before", "ImportPage")
        return _tr(ALREADY_IMPORTED).format(error.name, error.day, error.rows, checkbox)
    from core.publish.hub_login import HubSignInError
    from core.publish.pull import MixedRevisionsError

    if isinstance(error, MixedRevisionsError):
        return _tr(MIXED_REVISIONS).format(error.dataset_id, second_copy, pull_dialog)

    if isinstance(error, HubSignInError) and error.reason in SIGN_IN_REFUSED:
        return _tr(SIGN_IN_REFUSED[error.reason])
    return str(error)


def push_reason(reason: str) -> str:
    """Why a queued push is waiting, in the window's words where the reason is to sign in."""
    from core.publish.push import NO_TOKEN as CORE_NO_TOKEN

    if reason == CORE_NO_TOKEN:
        return _tr(NO_TOKEN).format(_tr("Hugging Face sign-in…", "PublishActions"))
    return reason
