"""A tiny local stand-in for the Hub API, enough for huggingface_hub's real upload code.

It answers the four calls ``create_repo`` + ``upload_folder``/``create_commit`` make
(repos/create, validate-yaml, preupload, commit), tells the client to send every file as
a regular (base64, in-commit) file, and writes committed files under ``root``. Setting
``fail_commits`` makes the commit step fail after the repository was created and the
files announced, as a Hub that drops out half way through an upload would.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

_PREUPLOAD = re.compile(r"^/api/(models|datasets)/([^/]+)/([^/]+)/preupload/([^/?]+)")
_COMMIT = re.compile(r"^/api/(models|datasets)/([^/]+)/([^/]+)/commit/([^/?]+)")


@dataclass
class FakeHub:
    root: Path
    fail_commits: bool = False
    repos: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)  # method, path, auth
    commits: int = 0

    def start(self) -> str:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _reply(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                hub.requests.append(("POST", self.path, self.headers.get("Authorization")))
                self._reply(*hub.answer(self.path, raw, self.server.server_address))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        host, port = self.server.server_address[:2]
        self.url = f"http://{host}:{port}"
        return self.url

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, path: str, raw: bytes, address: Any) -> tuple[int, dict[str, Any]]:
        if path.startswith("/api/repos/create"):
            body = json.loads(raw)
            prefix = "datasets/" if body.get("type") == "dataset" else ""
            repo = f"{body['organization']}/{body['name']}"
            url = f"{self.url}/{prefix}{repo}"
            if f"{prefix}{repo}" in self.repos:
                return 409, {"error": "You already created this repo", "url": url}
            self.repos[f"{prefix}{repo}"] = {"private": body.get("visibility") == "private",
                                             "files": {}}
            return 200, {"url": url}
        if path.startswith("/api/validate-yaml"):
            return 200, {"errors": [], "warnings": []}
        match = _PREUPLOAD.match(path)
        if match:
            files = json.loads(raw)["files"]
            return 200, {"files": [{"path": f["path"], "uploadMode": "regular",
                                    "shouldIgnore": False} for f in files]}
        match = _COMMIT.match(path)
        if match:
            if self.fail_commits:
                return 507, {"error": "The storage backend went away during the upload."}
            kind, owner, name, _ = match.groups()
            key = ("datasets/" if kind == "datasets" else "") + f"{owner}/{name}"
            if key not in self.repos:
                return 404, {"error": "Repository not found"}
            for line in raw.splitlines():
                item = json.loads(line)
                if item["key"] == "file":
                    content = base64.b64decode(item["value"]["content"])
                    self.repos[key]["files"][item["value"]["path"]] = content
                    target = self.root / key / item["value"]["path"]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(content)
            self.commits += 1
            oid = hashlib.sha1(raw).hexdigest()
            return 200, {"commitUrl": f"{self.url}/{key}/commit/{oid}", "commitOid": oid,
                         "pullRequestUrl": None}
        return 404, {"error": f"Not a route of this fake Hub: {path}"}
