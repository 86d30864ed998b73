"""Row identities and timestamps.

Keys are UUIDv7 text: time-ordered (good B-tree locality) and globally unique, so two
copies of a project edited offline can be merged without collisions.
"""

from __future__ import annotations

from datetime import UTC, datetime

import uuid_utils


def new_id() -> str:
    """A fresh UUIDv7 as text."""
    return str(uuid_utils.uuid7())


def now() -> str:
    """The current time as an ISO-8601 UTC string with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
