#!/usr/bin/env python3
"""A headless Chromium driven over the DevTools protocol on a pipe; used by the browser checks in tests/reports/browser/ and tests/audit/browser/.

Python's standard library only: Chromium's --remote-debugging-pipe reads NUL-terminated JSON
commands on fd 3 and writes replies and events on fd 4, so no websocket client and no
WebDriver is needed. Keys are real input events (Input.dispatchKeyEvent), so a page's own
keydown handler sees them as it would a person's; Runtime.evaluate reads the DOM from outside
the page and is not subject to the page's Content-Security-Policy.
"""
import base64
import fcntl
import json
import os
import subprocess
import tempfile
import time

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
    "--disable-client-side-phishing-detection", "--no-first-run", "--no-default-browser-check",
    "--metrics-recording-only", "--mute-audio", "--hide-scrollbars", "--disable-quic",
]

# Key name -> (code, windowsVirtualKeyCode) for the keys the checks press.
KEYS = {k: ("Key" + k.upper(), ord(k.upper())) for k in "abcdefghijklmnopqrstuvwxyz"}


class BrowserError(Exception):
    pass


class Browser:
    def __init__(self, executable, timeout_s=60):
        self.timeout_s = timeout_s
        self.profile = tempfile.mkdtemp(prefix="factcheck-cdp-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        # The child must see the pipe ends as fds 3 and 4 exactly, inheritable; either end may
        # already be 3 or 4 (dup2 onto itself would keep close-on-exec), so move both up first.
        def arrange():
            read_end, write_end = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child_r, from_child_w))
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)
        self.log = open(os.path.join(self.profile, "chromium.log"), "wb")
        self.proc = subprocess.Popen(
            [executable, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log, preexec_fn=arrange, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []  # (method, params, sessionId) in arrival order
        self.session = None

    def close(self):
        try:
            self.command("Browser.close", timeout_s=5)
        except BrowserError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_child)
        os.close(self._from_child)
        self.log.close()
        subprocess.run(["rm", "-rf", self.profile], check=False)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise BrowserError("Chromium did not answer in time")
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise BrowserError("Chromium closed the debugging pipe (see its log)")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def command(self, method, params=None, session=True, timeout_s=None):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + (timeout_s or self.timeout_s)
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append((reply["method"], reply.get("params", {}), reply.get("sessionId")))

    def wait_event(self, method, timeout_s=None):
        deadline = time.monotonic() + (timeout_s or self.timeout_s)
        for i, event in enumerate(self.events):
            if event[0] == method:
                return self.events.pop(i)[1]
        while True:
            reply = self._read_message(deadline)
            if reply.get("method") == method:
                return reply.get("params", {})
            if "method" in reply:
                self.events.append((reply["method"], reply.get("params", {}), reply.get("sessionId")))

    def open_page(self, width=1280, height=900):
        """A fresh tab, attached, with page, network and runtime events on."""
        target = self.command("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.command("Target.attachToTarget", {"targetId": target, "flatten": True},
                                    session=False)["sessionId"]
        for domain in ("Page.enable", "Network.enable", "Runtime.enable"):
            self.command(domain)
        self.set_viewport(width, height)

    def set_viewport(self, width, height, mobile=False):
        self.command("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def dark(self, on=True):
        self.command("Emulation.setEmulatedMedia",
                     {"features": [{"name": "prefers-color-scheme", "value": "dark" if on else "light"}]})

    def navigate(self, url):
        self.events.clear()
        self.command("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")

    def requests(self):
        """Every URL the page asked the network for since the last navigate."""
        return [p["request"]["url"] for m, p, _ in self.events if m == "Network.requestWillBeSent"]

    def console_errors(self):
        return [p for m, p, _ in self.events if m == "Runtime.exceptionThrown"]

    def eval(self, expression):
        result = self.command("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            why = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"evaluating {expression[:60]!r}: {why}")
        return result["result"].get("value")

    def press(self, key, shift=False):
        code, vk = KEYS[key]
        text = key.upper() if shift else key
        base = {"key": text, "code": code, "windowsVirtualKeyCode": vk, "modifiers": 8 if shift else 0}
        self.command("Input.dispatchKeyEvent", {"type": "keyDown", "text": text, **base})
        self.command("Input.dispatchKeyEvent", {"type": "keyUp", **base})

    def screenshot(self, path, full_page=True):
        params = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
            size = self.command("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 8000), "scale": 1}
        data = self.command("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def pdf(self, path):
        data = self.command("Page.printToPDF", {"printBackground": True, "displayHeaderFooter": False,
                                                "preferCSSPageSize": True})["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
