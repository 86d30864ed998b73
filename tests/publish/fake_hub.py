"""Tiny local stand-ins for the Hub API: ``FakeHub`` for huggingface_hub's real upload code,
``DatasetHub`` for pulling datasets with ``datasets.load_dataset``.

``FakeHub`` answers the four calls ``create_repo`` + ``upload_folder``/``create_commit`` make
(repos/create, validate-yaml, preupload, commit), tells the client to send every file as
a regular (base64, in-commit) file, and writes committed files under ``root``. Setting
``fail_commits`` makes the commit step fail after the repository was created and the
files announced, as a Hub that drops out half way through an upload would. ``accounts``
(token → account name) answers ``whoami``, which checks a token at sign-in; any other token
gets the Hub's 401.
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
from urllib.parse import unquote, urlparse

_PREUPLOAD = re.compile(r"^/api/(models|datasets)/([^/]+)/([^/]+)/preupload/([^/?]+)")
_COMMIT = re.compile(r"^/api/(models|datasets)/([^/]+)/([^/]+)/commit/([^/?]+)")


@dataclass
class FakeHub:
    root: Path
    fail_commits: bool = False
    repos: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)  # method, path, auth
    commits: int = 0
    accounts: dict[str, str] = field(default_factory=dict)  # token -> account name

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

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                auth = self.headers.get("Authorization")
                hub.requests.append(("GET", self.path, auth))
                self._reply(*hub.whoami(self.path, auth))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        host, port = self.server.server_address[:2]
        self.url = f"http://{host}:{port}"
        return self.url

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def whoami(self, path: str, auth: str | None) -> tuple[int, dict[str, Any]]:
        if not path.startswith("/api/whoami"):
            return 404, {"error": "Not found"}
        name = self.accounts.get((auth or "").removeprefix("Bearer "))
        if name is None:
            return 401, {"error": "Invalid credentials in Authorization header"}
        return 200, {"type": "user", "name": name,
                     "auth": {"type": "access_token",
                              "accessToken": {"displayName": "handloom", "role": "write"}}}

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


_DATASET_INFO = re.compile(r"^/api/datasets/([^/]+/[^/]+)(?:/revision/(.+))?$")
_RESOLVE = re.compile(r"^/datasets/([^/]+/[^/]+)/resolve/([^/]+)/(.+)$")
_TREE = re.compile(r"^/api/datasets/([^/]+/[^/]+)/tree/([^/]+)/?(.*)$")


@dataclass
class DatasetHub:
    """A read-only local Hub of dataset repositories with history, enough for
    ``HfApi.dataset_info`` and ``datasets.load_dataset``: repository info by revision, file
    downloads (``resolve``) and listings (``tree``). ``commit`` adds a revision and moves the
    main branch to it."""

    commits: dict[str, dict[str, bytes]] = field(default_factory=dict)  # sha -> files
    branches: dict[str, str] = field(default_factory=dict)  # "repo@main" -> sha
    requests: list[str] = field(default_factory=list)

    def commit(self, repo_id: str, files: dict[str, bytes]) -> str:
        sha = hashlib.sha1(repr((repo_id, len(self.commits), sorted(files.items()))).encode())
        self.commits[sha.hexdigest()] = files
        self.branches[f"{repo_id}@main"] = sha.hexdigest()
        return sha.hexdigest()

    def _files(self, repo_id: str, revision: str) -> tuple[str, dict[str, bytes] | None]:
        sha = self.branches.get(f"{repo_id}@{revision}", revision)
        return sha, self.commits.get(sha)

    def start(self) -> str:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def route(self) -> None:
                hub.requests.append(f"{self.command} {self.path}")
                url = urlparse(self.path)
                status, body, headers = hub.answer(unquote(url.path), url.query)
                self.reply(status, body, headers)

            do_GET = do_HEAD = route  # noqa: N815 - http.server's naming

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        return self.url

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def _json(status: int, data: Any, **headers: str) -> tuple[int, bytes, dict[str, str]]:
        return status, json.dumps(data).encode(), {"Content-Type": "application/json",
                                                   **headers}

    def answer(self, path: str, query: str) -> tuple[int, bytes, dict[str, str]]:
        match = _DATASET_INFO.match(path)
        if match:
            sha, files = self._files(match[1], match[2] or "main")
            if files is None:
                return self._json(404, {"error": "Invalid rev id"},
                                  **{"X-Error-Code": "RevisionNotFound"})
            return self._json(200, {
                "_id": match[1], "id": match[1], "sha": sha, "private": False,
                "disabled": False, "gated": False, "downloads": 0, "likes": 0, "tags": [],
                "lastModified": "2025-01-01T00:00:00.000Z",
                "siblings": [{"rfilename": name} for name in files],
                "cardData": {"license": "cc-by-4.0"}})
        match = _RESOLVE.match(path)
        if match:
            sha, files = self._files(match[1], match[2])
            content = (files or {}).get(match[3])
            if content is None:
                return self._json(404, {"error": "Entry not found"},
                                  **{"X-Error-Code": "EntryNotFound", "X-Repo-Commit": sha})
            return 200, content, {"X-Repo-Commit": sha, "Content-Type": "application/octet-stream",
                                  "ETag": f'"{hashlib.sha1(content).hexdigest()}"'}
        match = _TREE.match(path)
        if match:
            _, files = self._files(match[1], match[2])
            return self._json(200, _listing(files or {}, match[3].strip("/"),
                                            "recursive=true" in query.lower()))
        return self._json(404, {"error": f"Not a route of this Hub: {path}"})


def _listing(files: dict[str, bytes], folder: str, recursive: bool) -> list[dict[str, Any]]:
    """The Hub's ``tree`` answer for ``folder``: its files and folders (all below it when
    ``recursive``)."""
    entries: dict[str, dict[str, Any]] = {}
    for name, content in files.items():
        if folder and not name.startswith(folder + "/"):
            continue
        parts = name[len(folder) + 1 if folder else 0:].split("/")
        for depth in range(1, len(parts)):
            if recursive or depth == 1:
                sub = "/".join([folder, *parts[:depth]] if folder else parts[:depth])
                entries[sub] = {"type": "directory", "oid": "0" * 40, "size": 0, "path": sub}
        if recursive or len(parts) == 1:
            entries[name] = {"type": "file", "oid": hashlib.sha1(content).hexdigest(),
                             "size": len(content), "path": name}
    return list(entries.values())
