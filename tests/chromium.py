"""A headless Chromium driven over the DevTools protocol, for the view tests.

Chromium is started with ``--remote-debugging-pipe``: the protocol runs over file descriptors
3 (commands in) and 4 (replies out) as NUL-terminated JSON, so no port, no websocket library
and nothing on the network. The page is loaded in a fresh profile; everything the page
reports is collected: console calls, uncaught exceptions, log entries (failed loads, CSP
violations) and every network request it makes.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars", "--remote-debugging-pipe"]


def find_chromium() -> str | None:
    """The Chromium executable on PATH (Debian's ``chromium``), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageReport:
    """What one page load produced."""

    png: bytes
    problems: list[str] = field(default_factory=list)  # console errors/warnings, exceptions, log errors
    requests: list[str] = field(default_factory=list)  # URLs the page asked for (the page itself excluded)
    values: dict[str, Any] = field(default_factory=dict)  # results of the expressions evaluated


class Chromium:
    """One browser process; use as a context manager."""

    def __init__(self, executable: str, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="sn-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire() -> None:  # in the child: the protocol expects exactly fds 3 and 4
            # via fresh numbers first, in case the pipe ends are themselves 3 or 4
            r, w = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(r, 3)
            os.dup2(w, 4)

        self.proc = subprocess.Popen([executable, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, preexec_fn=wire, pass_fds=(3, 4))
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the browser and remove its profile."""
        try:
            self._send("Browser.close")
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        if self.proc.stderr:
            self.proc.stderr.close()
        shutil.rmtree(self.profile, ignore_errors=True)

    # --- protocol -----------------------------------------------------------------------
    def _send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to_child, json.dumps(msg).encode() + b"\0")
        return self._next_id

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                raise RuntimeError(f"Chromium closed the protocol pipe; stderr:\n{err[-2000:]}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        """Send a command and wait for its result (events that arrive meanwhile are kept)."""
        wanted = self._send(method, params, session)
        deadline = time.monotonic() + self.timeout
        while True:
            msg = self._read(deadline)
            if msg.get("id") == wanted:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_event(self, method: str, session: str) -> dict[str, Any]:
        """Wait for an event of ``method`` on ``session`` (or find it among those already seen)."""
        for msg in self.events:
            if msg.get("method") == method and msg.get("sessionId") == session:
                return msg
        deadline = time.monotonic() + self.timeout
        while True:
            msg = self._read(deadline)
            self.events.append(msg)
            if msg.get("method") == method and msg.get("sessionId") == session:
                return msg

    # --- one page -----------------------------------------------------------------------
    def load(self, url: str, *, width: int = 1280, height: int = 1600, dark: bool = False,
             evaluate: dict[str, str] | None = None) -> PageReport:
        """Load ``url`` in a new tab, screenshot it and report what the page did."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=session)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session)
        self.call("Emulation.setEmulatedMedia",
                  {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]}, session)
        start = len(self.events)
        self.call("Page.navigate", {"url": url}, session)
        self.wait_event("Page.loadEventFired", session)
        values = {name: self.call("Runtime.evaluate", {"expression": expr, "returnByValue": True},
                                  session)["result"].get("value")
                  for name, expr in (evaluate or {}).items()}
        shot = self.call("Page.captureScreenshot", {"format": "png"}, session)["data"]
        # let late console messages in before reading the events
        self.call("Runtime.evaluate", {"expression": "1"}, session)
        report = PageReport(base64.b64decode(shot), values=values)
        for msg in self.events[start:]:
            if msg.get("sessionId") != session:
                continue
            method, p = msg.get("method"), msg.get("params", {})
            if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
                report.problems.append(f"console.{p['type']}: "
                                       + " ".join(str(a.get("value", a.get("description"))) for a in p.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                report.problems.append(f"exception: {p.get('exceptionDetails', {}).get('text')} "
                                       f"{p.get('exceptionDetails', {}).get('exception', {}).get('description', '')}")
            elif method == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
                entry = p["entry"]
                report.problems.append(f"log {entry.get('level')} ({entry.get('source')}): {entry.get('text')}")
            elif method == "Network.requestWillBeSent":
                req = p.get("request", {}).get("url", "")
                if req != url:
                    report.requests.append(req)
        self.call("Target.closeTarget", {"targetId": target})
        return report
