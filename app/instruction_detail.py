"""The selected instruction in full: its text, where it came from and why it is excluded."""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtWidgets import QTextBrowser

from app.instruction_model import language_label, reads_right_to_left


def _paragraph(text: str) -> str:
    direction = "rtl" if reads_right_to_left(text) else "ltr"
    body = html.escape(text).replace("\n", "<br>")
    return f'<p dir="{direction}" style="font-size: 14px;">{body}</p>'


def _row(label: str, value: Any) -> str:
    if value in (None, ""):
        return ""
    return f"<tr><td style='color:#666; padding-right:10px'>{label}</td><td>{html.escape(str(value))}</td></tr>"


def detail_html(item: dict[str, Any], exclusions: list[dict[str, Any]]) -> str:
    """The detail pane's content for ``instructions.get`` output plus its exclusion rows."""
    language = item.get("language")
    origin = item.get("language_origin")
    parts = [_paragraph(item["text"])]
    rows = [
        _row("Status", item.get("status")),
        _row(
            "Language",
            f"{language} – {language_label(language)}" + (f" ({origin})" if origin else "")
            if language
            else "unknown",
        ),
        _row("Script", item.get("script")),
        _row("Source", item.get("source")),
        _row("Line", item.get("source_line")),
        _row("Licence", item.get("licence")),
        _row("Author", item.get("author")),
        _row("Imported by", item.get("created_by")),
        _row("Imported at", (item.get("created_at") or "")[:19].replace("T", " ")),
        _row("Translation of", item.get("parent_id")),
    ]
    for exclusion in exclusions:
        detail = f": {exclusion['detail']}" if exclusion.get("detail") else ""
        rows.append(_row("Excluded as", f"{exclusion['reason']}{detail}"))
    parts.append("<table>" + "".join(rows) + "</table>")
    original = item.get("original_text")
    if original and original != item["text"]:
        parts.append("<p style='color:#666'>Original text, as imported:</p>" + _paragraph(original))
    redacted = item.get("redacted_from")
    if redacted and redacted != item["text"]:
        parts.append("<p style='color:#666'>Before redaction:</p>" + _paragraph(redacted))
    provenance = item.get("provenance")
    if provenance:
        try:
            pretty = json.dumps(json.loads(provenance), ensure_ascii=False, indent=1)
        except ValueError:
            pretty = str(provenance)
        parts.append(
            "<p style='color:#666'>Provenance:</p><pre>" + html.escape(pretty[:4000]) + "</pre>"
        )
    return "".join(parts)


class InstructionDetail(QTextBrowser):
    """Read-only pane under the table."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setPlaceholderText("Select an instruction to see it in full.")

    def show_instruction(
        self, item: dict[str, Any] | None, exclusions: list[dict[str, Any]]
    ) -> None:
        if item is None:
            self.clear()
            return
        self.setHtml(detail_html(item, exclusions))
