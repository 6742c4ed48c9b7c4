#!/usr/bin/env python3
"""Start-up of desktop apps, for `make bench-desktop` (bench/desktop.sh): from the process start
to the performance mark `hookbench:content`, which the page sets in the first animation frame that
shows its content (Hookbench: ui/src/app/startupMark.ts; the floor: bench/desktop-floor/page).

Usage: desktop_startup.py RUNS NAME=BINARY [NAME=BINARY ...]

Each app is launched RUNS times, the apps taking turns (so a noisy moment of the machine falls on
both), through tauri-driver (WebDriver: it launches the binary and lets the mark be read). The
process start comes from /proc/PID/stat, on the same clock as the page's time origin. The app's
environment is this script's. Prints one `run NAME N MS` line per launch and a
`STARTUP NAME median_ms=.. runs=..` line per app; exits 2 when a launch fails.
"""

import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

MARK = "hookbench:content"
MARK_TIMEOUT_S = 60
READ_MARK = (
    f"const m = performance.getEntriesByName({json.dumps(MARK)})[0];"
    "return m ? performance.timeOrigin + m.startTime : null;"
)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# What the drivers and the apps they launch print (WebDriver errors name the app's failure).
LOG = open(os.environ.get("STARTUP_LOG", os.devnull), "ab")


class Failed(Exception):
    pass


def boot_epoch_s():
    """The wall-clock time of boot, to the microsecond (/proc/stat's btime is whole seconds)."""
    return time.clock_gettime(time.CLOCK_REALTIME) - time.clock_gettime(time.CLOCK_BOOTTIME)


def process_start_ms(pid, boot):
    with open(f"/proc/{pid}/stat") as f:
        stat = f.read()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (boot + int(fields[19]) / CLOCK_TICKS) * 1000


def pids_of(binary):
    real = os.path.realpath(binary)
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.readlink(f"/proc/{entry}/exe") == real:
                    found.append(int(entry))
            except OSError:
                pass
    return found


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def accepts(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def new_session(port, binary, attempts=3):
    """A session, i.e. the app launched. WebKitWebDriver sometimes drops the request before it
    launches anything (webdriverio retries too): then it is tried again."""
    capabilities = {"browserName": "wry", "tauri:options": {"application": binary}}
    for attempt in range(1, attempts + 1):
        try:
            created = webdriver(port, "POST", "/session",
                                {"capabilities": {"alwaysMatch": capabilities}}, timeout=60)
            return created["sessionId"]
        except OSError as e:
            if attempt == attempts or pids_of(binary):
                raise Failed(f"no WebDriver session for {binary}: {e}") from e
            time.sleep(0.5)


def group_alive(pgid):
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def webdriver(port, method, path, body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=data, method=method,
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.load(response).get("value")
    except urllib.error.HTTPError as e:
        raise Failed(f"WebDriver {method} {path}: {e.code} {e.read()[:300]!r}") from e


def wait_until(what, check, timeout_s):
    deadline = time.monotonic() + timeout_s
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failed(f"{what} within {timeout_s} s")
        time.sleep(0.05)


def stop(pid, timeout_s=20):
    """SIGTERM (a clean quit: Hookbench closes its store), SIGKILL if it does not end in time."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return

    def gone():
        try:
            with open(f"/proc/{pid}/stat") as f:
                return f.read().split(") ")[1].startswith("Z")
        except FileNotFoundError:
            return True

    try:
        wait_until(f"process {pid} to end after SIGTERM", gone, timeout_s)
    except Failed:
        os.kill(pid, signal.SIGKILL)


def launch_once(binary, boot):
    LOG.write(f"--- {binary}\n".encode())
    LOG.flush()
    if pids_of(binary):
        raise Failed(f"{binary} is already running: stop it first")
    # Fresh ports for both drivers: the last launch's WebKitWebDriver may still hold its own.
    port, native_port = free_port(), free_port()
    driver = subprocess.Popen(
        ["tauri-driver", "--port", str(port), "--native-port", str(native_port)],
        stdout=LOG, stderr=LOG, start_new_session=True,
    )
    session = None
    pid = None
    try:
        def listening():
            try:
                return webdriver(port, "GET", "/status", timeout=2) is not None
            except (OSError, Failed):
                return False

        wait_until("tauri-driver to listen", listening, 15)
        # tauri-driver answers before its WebKitWebDriver does.
        wait_until("WebKitWebDriver to listen", lambda: accepts(native_port), 15)
        session = new_session(port, binary)
        pid = wait_until("the app's process", lambda: (pids_of(binary) or [None])[0], 15)
        started = process_start_ms(pid, boot)
        marked = wait_until(
            f"the page's {MARK} mark",
            lambda: webdriver(port, "POST", f"/session/{session}/execute/sync",
                              {"script": READ_MARK, "args": []}),
            MARK_TIMEOUT_S,
        )
        return marked - started
    finally:
        if pid is not None:
            stop(pid)
        if session is not None:
            try:
                webdriver(port, "DELETE", f"/session/{session}", timeout=10)
            except (OSError, Failed):
                pass
        # tauri-driver and the WebKitWebDriver it started, both gone before the next launch.
        os.killpg(driver.pid, signal.SIGTERM)
        driver.wait()
        try:
            wait_until("the WebDriver processes to end", lambda: not group_alive(driver.pid), 10)
        except Failed:
            os.killpg(driver.pid, signal.SIGKILL)
        for leftover in pids_of(binary):
            stop(leftover)


def main(argv):
    if len(argv) < 3 or not argv[1].isdigit():
        print(__doc__, file=sys.stderr)
        return 2
    runs = int(argv[1])
    apps = [arg.split("=", 1) for arg in argv[2:]]
    boot = boot_epoch_s()
    figures = {name: [] for name, _ in apps}
    try:
        for run in range(1, runs + 1):
            for name, binary in apps:
                ms = launch_once(binary, boot)
                figures[name].append(ms)
                print(f"run {name} {run} {ms:.0f}", flush=True)
    except (Failed, OSError) as e:
        print(f"bench-desktop: start-up: {e}", file=sys.stderr)
        return 2
    for name, values in figures.items():
        runs_text = ",".join(f"{v:.0f}" for v in values)
        print(f"STARTUP {name} median_ms={statistics.median(values):.0f} runs={runs_text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
