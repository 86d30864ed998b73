"""Signing in to the Hugging Face Hub from Handloom: a pasted access token is checked with
the Hub (``whoami``) and, once accepted, stored where huggingface_hub keeps its login (the
token files under ``HF_HOME``, as ``hf auth login`` leaves them), so every Handloom push
and every other Hugging Face tool finds it. It is never written to a project file, which
is meant to be handed to other people. Signing out removes that stored login.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from core.errors import HandloomError
from core.ingest.hf_datasets import hub_endpoint

TOKEN_VARIABLES = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")


class HubSignInError(HandloomError):
    """The token was not accepted or could not be checked; nothing was stored. ``reason``
    is "empty", "refused", "offline" or "hub" (the Hub answered with another error)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class HubLogin:
    """Which token Handloom's pushes would use, read without the network: ``source`` is
    "environment" (HF_TOKEN), "stored" (a login on this computer) or "none"."""

    source: str

    @property
    def signed_in(self) -> bool:
        return self.source != "none"


def current() -> HubLogin:
    """Where the token a push would use comes from, if anywhere."""
    from huggingface_hub import get_token

    if any(os.environ.get(name) for name in TOKEN_VARIABLES):
        return HubLogin("environment")
    return HubLogin("stored" if get_token() else "none")


def check(token: str) -> str:
    """The Hub account name ``token`` belongs to; a sentence if the Hub refuses it or
    cannot be reached."""
    import httpx
    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError

    token = token.strip()
    if not token:
        raise HubSignInError("Paste a Hugging Face access token first.", "empty")
    try:
        info = HfApi(endpoint=hub_endpoint()).whoami(token=token)
    except HfHubHTTPError as e:
        status = e.response.status_code if e.response is not None else None
        if status in (401, 403):
            raise HubSignInError(
                "The Hub did not accept this token; copy it again from the Access Tokens "
                "page of your Hugging Face settings. Nothing was stored.", "refused"
            ) from None
        raise HubSignInError(f"The Hub answered {status} while checking the token; "
                             "nothing was stored. Try again later.", "hub") from None
    except (httpx.TransportError, ConnectionError, TimeoutError, OSError):
        raise HubSignInError(
            "The Hugging Face Hub cannot be reached, so the token could not be checked and "
            "was not stored. Sign in again when this computer is online.", "offline"
        ) from None
    return str(info.get("name") or "")


def sign_in(token: str) -> str:
    """Check ``token`` with the Hub, then store it as huggingface_hub's login; returns the
    account name."""
    name = check(token)
    token = token.strip()
    try:  # what ``hf auth login`` does: a named token, made the active one
        from huggingface_hub._login import _set_active_token
        from huggingface_hub.utils._auth import _save_token

        label = f"handloom-{name}" if name else "handloom"
        _save_token(token=token, token_name=label)
        _set_active_token(token_name=label, add_to_git_credential=False)
    except ImportError:  # a later huggingface_hub: its documented token file
        from huggingface_hub import constants

        os.makedirs(os.path.dirname(constants.HF_TOKEN_PATH), exist_ok=True)
        with open(constants.HF_TOKEN_PATH, "w", encoding="utf-8") as file:
            file.write(token)
    return name


def sign_out() -> None:
    """Remove huggingface_hub's stored login from this computer (HF_TOKEN, if set, stays:
    it belongs to whoever set it)."""
    from huggingface_hub import constants

    for path in (constants.HF_TOKEN_PATH, constants.HF_STORED_TOKENS_PATH):
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
