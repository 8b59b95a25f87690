#!/usr/bin/env python3
"""What a real language server shows for a C# project: the diagnostics of one document, as an editor gets them.

Starts a language server (csharp-ls by default) on a project directory over stdio, opens one document, and
collects every diagnostic the server publishes (push) or returns when asked (pull, per document and, where
the server offers it, for the whole workspace) until the document has diagnostics from the loaded project
or the timeout passes. Prints one JSON object:

    {"server": {...}, "document": "<uri>", "document_diagnostics": [...],
     "published": {"<uri>": [...], ...}, "workspace": {"<uri>": [...], ...}, "hover": <contents or null>}

Each diagnostic is {"code", "severity" ("error"|"warning"|"information"|"hint"), "line", "character"
(both 1-based), "message"}.

Why: an error that PaperGen reports inside a dump (.txt) shows in `dotnet build`, but editors only publish
diagnostics for documents they know as C#. Issue 10 item 2 makes a dump's errors visible at the use sites
of its class; this script is how that is checked against a real server.

Usage:
    dotnet tool install csharp-ls --version 0.28.0 --tool-path <tools>
    python3 tests/lsp/lsp_diagnostics.py --server <tools>/csharp-ls --project <dir> --document Program.cs \
        [--until-code CS0618] [--timeout 180]

--until-code waits until the document has a diagnostic with that code (then a few seconds more, so that
late diagnostics elsewhere are seen too); without it the script waits for the first non-empty set.
Only the standard library is used.
"""

import argparse
import json
import os
import pathlib
import queue
import subprocess
import sys
import threading
import time

SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "hint"}


class Server:
    def __init__(self, command, cwd, log):
        env = dict(os.environ)
        env.setdefault("DOTNET_CLI_UI_LANGUAGE", "en")
        env.setdefault("DOTNET_NOLOGO", "1")
        env.setdefault("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=log, env=env)
        self.messages = queue.Queue()
        self.next_id = 0
        self.responses = {}
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                header = stream.readline()
                if not header:
                    self.messages.put(None)
                    return
                header = header.decode("ascii").strip()
                if not header:
                    break
                name, _, value = header.partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            body = stream.read(length)
            self.messages.put(json.loads(body.decode("utf-8")))

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.next_id

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def stop(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except Exception:
            pass
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def simplify(diagnostic):
    start = diagnostic["range"]["start"]
    code = diagnostic.get("code")
    return {
        "code": str(code) if code is not None else None,
        "severity": SEVERITY.get(diagnostic.get("severity"), str(diagnostic.get("severity"))),
        "line": start["line"] + 1,
        "character": start["character"] + 1,
        "message": diagnostic.get("message", ""),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", default="csharp-ls", help="the language server's command")
    parser.add_argument("--project", required=True, help="directory with the .csproj (or .sln)")
    parser.add_argument("--document", default="Program.cs", help="the document to open, relative to --project")
    parser.add_argument("--until-code", help="wait until the document has a diagnostic with this code")
    parser.add_argument("--timeout", type=float, default=180, help="seconds to wait for the project to load")
    parser.add_argument("--log", help="file for the server's stderr (default: discarded)")
    parser.add_argument("--hover", help="LINE:COLUMN (1-based) in the document: also print what hovering there shows")
    args = parser.parse_args()

    root = pathlib.Path(args.project).resolve()
    document = (root / args.document).resolve()
    uri = document.as_uri()
    log = open(args.log, "wb") if args.log else subprocess.DEVNULL
    server = Server([args.server], str(root), log)

    published = {}
    workspace = {}
    document_diagnostics = []
    pending = {}  # request id -> what it was for
    capabilities = {}
    hover = None
    deadline = time.monotonic() + args.timeout
    satisfied_at = None

    def handle(message):
        nonlocal document_diagnostics, capabilities, hover
        if "method" in message and "id" in message:
            # A request from the server (configuration, capability registration, progress tokens): agree.
            method = message["method"]
            result = [None] * len(message["params"].get("items", [])) if method == "workspace/configuration" else None
            server.send({"id": message["id"], "result": result})
        elif message.get("method") == "textDocument/publishDiagnostics":
            params = message["params"]
            published[params["uri"]] = [simplify(d) for d in params["diagnostics"]]
            if params["uri"] == uri:
                document_diagnostics = published[uri]
        elif "id" in message:
            what = pending.pop(message["id"], None)
            result = message.get("result")
            if what == "initialize":
                capabilities = result["capabilities"]
            elif what == "document" and result:
                items = result.get("items", [])
                if items:
                    document_diagnostics = [simplify(d) for d in items]
            elif what == "hover":
                hover = result.get("contents") if result else None
            elif what == "workspace" and result:
                for report in result.get("items", []):
                    workspace[report["uri"]] = [simplify(d) for d in report.get("items", [])]

    def pump(seconds):
        end = time.monotonic() + seconds
        while True:
            remaining = end - time.monotonic()
            if remaining <= 0:
                return
            try:
                message = server.messages.get(timeout=remaining)
            except queue.Empty:
                return
            if message is None:
                raise SystemExit("the language server exited")
            handle(message)

    try:
        pending[server.request("initialize", {
            "processId": os.getpid(),
            "rootUri": root.as_uri(),
            "rootPath": str(root),
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
            "capabilities": {
                "textDocument": {
                    "publishDiagnostics": {"relatedInformation": True},
                    "diagnostic": {"dynamicRegistration": False},
                    "synchronization": {"didSave": True},
                },
                "workspace": {"configuration": True, "workspaceFolders": True, "diagnostics": {"refreshSupport": False}},
                "window": {"workDoneProgress": True},
            },
        })] = "initialize"
        while "initialize" in pending.values():
            if time.monotonic() > deadline:
                raise SystemExit("no answer to initialize")
            pump(1)
        server.notify("initialized", {})
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "csharp", "version": 1, "text": document.read_text(encoding="utf-8")}})

        pull = bool(capabilities.get("diagnosticProvider"))
        pull_workspace = pull and bool(capabilities["diagnosticProvider"].get("workspaceDiagnostics"))
        while time.monotonic() < deadline:
            if pull and "document" not in pending.values():
                pending[server.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})] = "document"
            pump(2)
            codes = {d["code"] for d in document_diagnostics}
            done = args.until_code in codes if args.until_code else bool(document_diagnostics)
            if done and satisfied_at is None:
                satisfied_at = time.monotonic()
            if satisfied_at is not None and time.monotonic() - satisfied_at >= 5:
                break
        if args.hover:
            line, column = (int(part) for part in args.hover.split(":"))
            pending[server.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                          "position": {"line": line - 1, "character": column - 1}})] = "hover"
            end = time.monotonic() + 30
            while "hover" in pending.values() and time.monotonic() < end:
                pump(1)
        if pull_workspace:
            pending[server.request("workspace/diagnostic", {"previousResultIds": []})] = "workspace"
            end = time.monotonic() + 30
            while "workspace" in pending.values() and time.monotonic() < end:
                pump(1)
    finally:
        server.stop()
        if args.log:
            log.close()

    json.dump({
        "server": {"command": args.server, "pull": pull, "workspace_pull": pull_workspace},
        "document": uri,
        "document_diagnostics": document_diagnostics,
        "published": published,
        "workspace": workspace,
        "hover": hover,
    }, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0 if satisfied_at is not None else 1


if __name__ == "__main__":
    sys.exit(main())
