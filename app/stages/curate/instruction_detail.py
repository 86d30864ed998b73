"""The selected instruction in full: its text, where it came from and why it is excluded."""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from app.shell.i18n import code_label
from app.shell.numbers import moment, number
from app.widgets.instruction_model import language_label, reads_right_to_left

# Laying out megabytes of text freezes the window (a 10 MB instruction took minutes), so
# the pane shows the start of a text that long; the whole text stays in the project.
SHOWN_CHARS = 50_000


def _paragraph(text: str) -> str:
    direction = "rtl" if reads_right_to_left(text) else "ltr"
    more = len(text) - SHOWN_CHARS
    body = html.escape(text[:SHOWN_CHARS]).replace("\n", "<br>")
    if more > 0:
        note = QCoreApplication.translate(
            "instruction_detail", "… {0} more characters are not shown here."
        ).format(f"{number(more)}")
        body += f"<br><i>{html.escape(note)}</i>"
    return f'<p dir="{direction}" style="font-size: 14px;">{body}</p>'


def _row(label: str, value: Any) -> str:
    if value in (None, ""):
        return ""
    text = str(value)
    if len(text) > 1000:  # a source or curator name from someone's file may be megabytes
        text = text[:999] + "…"
    return f"<tr><td style='color:#666; padding-right:10px'>{label}</td><td>{html.escape(text)}</td></tr>"


def detail_html(item: dict[str, Any], exclusions: list[dict[str, Any]]) -> str:
    """The detail pane's content for ``instructions.get`` output plus its exclusion rows."""
    language = item.get("language")
    origin = item.get("language_origin")
    parts = [_paragraph(item["text"])]
    rows = [
        _row(QCoreApplication.translate("instruction_detail", "Status"), code_label(item.get("status") or "")),
        _row(
            QCoreApplication.translate("instruction_detail", "Language"),
            f"{language} – {language_label(language)}" + (f" ({origin})" if origin else "")
            if language
            else "unknown",
        ),
        _row(QCoreApplication.translate("instruction_detail", "Script"), item.get("script")),
        _row(QCoreApplication.translate("instruction_detail", "Source"), item.get("source")),
        _row(QCoreApplication.translate("instruction_detail", "Line"), item.get("source_line")),
        _row(QCoreApplication.translate("instruction_detail", "Licence"), item.get("licence")),
        _row(QCoreApplication.translate("instruction_detail", "Author"), item.get("author")),
        _row(QCoreApplication.translate("instruction_detail", "Imported by"), item.get("created_by")),
        _row(QCoreApplication.translate("instruction_detail", "Imported at"), moment(item["created_at"]) if item.get("created_at") else ""),
        _row(QCoreApplication.translate("instruction_detail", "Translation of"), item.get("parent_id")),
    ]
    for exclusion in exclusions:
        detail = f": {exclusion['detail']}" if exclusion.get("detail") else ""
        rows.append(_row(QCoreApplication.translate("instruction_detail", "Excluded as"), f"{exclusion['reason']}{detail}"))
    parts.append("<table>" + "".join(rows) + "</table>")
    original = item.get("original_text")
    if original and original != item["text"]:
        said = QCoreApplication.translate("instruction_detail", "Original text, as imported:")
        parts.append(f"<p style='color:#666'>{said}</p>" + _paragraph(original))
    redacted = item.get("redacted_from")
    if redacted and redacted != item["text"]:
        said = QCoreApplication.translate("instruction_detail", "Before redaction:")
        parts.append(f"<p style='color:#666'>{said}</p>" + _paragraph(redacted))
    provenance = item.get("provenance")
    if provenance:
        try:
            pretty = json.dumps(json.loads(provenance), ensure_ascii=False, indent=1)
        except ValueError:
            pretty = str(provenance)
        parts.append(
            "<p style='color:#666'>"
            + QCoreApplication.translate("instruction_detail", "Provenance:")
            + "</p><pre>"
            + html.escape(pretty[:4000])
            + "</pre>"
        )
    return "".join(parts)


class InstructionDetail(QTextBrowser):
    """Read-only pane under the table."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setPlaceholderText(self.tr("Select an instruction to see it in full."))

    def show_instruction(
        self, item: dict[str, Any] | None, exclusions: list[dict[str, Any]]
    ) -> None:
        if item is None:
            self.clear()
            return
        self.setHtml(detail_html(item, exclusions))
