// Native desktop behaviour in the real window under Xvfb (tauri-driver + WebKitWebDriver):
// start-up time to the first frame with the first screen complete (ui/src/app/startupMark.ts),
// single instance, the Edit menu's copy and paste driven through the real GTK menu with X key
// events (xdotool), and the window's size and position restored after a clean quit.
//
// Run through `make test-native` (which provides the display and the installed app).

import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { remote } from "webdriverio";

const application =
  process.env.HOOKBENCH_DESKTOP_BIN ??
  fileURLToPath(new URL("../../../target/debug/hookbench-desktop", import.meta.url));
const driverPort = 4446;

let work;
let env;

async function waitFor(what, check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One app session: tauri-driver started for it and stopped after (it outlives sessions). */
async function session() {
  const driver = spawn("tauri-driver", ["--port", String(driverPort)], { stdio: ["ignore", "ignore", "inherit"], env });
  await waitFor("tauri-driver listens", async () => (await fetch(`http://127.0.0.1:${driverPort}/status`)).ok);
  const browser = await remote({
    hostname: "127.0.0.1",
    port: driverPort,
    logLevel: "warn",
    capabilities: { browserName: "wry", "tauri:options": { application }, "wdio:enforceWebDriverClassic": true },
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await browser.deleteSession().catch(() => {});
    if (driver.exitCode === null) {
      const exited = new Promise((r) => driver.once("exit", r));
      driver.kill("SIGTERM");
      await exited;
    }
  };
  return { browser, stop };
}

function instance() {
  return JSON.parse(readFileSync(join(env.HOOKBENCH_DATA, "instance.json"), "utf8"));
}

/**
 * When the process started, in ms since the epoch: boot time + its start ticks. The boot time comes
 * from the uptime (10 ms steps), not /proc/stat's btime, which is truncated to whole seconds.
 */
function processStartMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[19]);
  const boot = Date.now() - Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]) * 1000;
  const hz = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());
  return boot + (ticks * 1000) / hz;
}

/** Opens the Edit menu with F10 (GTK's menu bar key), moves to item `index` and activates it. */
function editMenu(index) {
  execFileSync("xdotool", ["key", "F10"]);
  execFileSync("xdotool", ["sleep", "0.3", "key", "Right", "sleep", "0.3"]);
  for (let i = 0; i < index; i++) execFileSync("xdotool", ["key", "Down", "sleep", "0.1"]);
  execFileSync("xdotool", ["key", "Return", "sleep", "0.5"]);
}

before(() => {
  assert.ok(existsSync(application), `build or install the desktop app first: ${application} is missing`);
  assert.ok(process.env.DISPLAY, "run under a display (make test-native uses xvfb-run)");
  work = mkdtempSync(join(tmpdir(), "hookbench-desktop-"));
  env = {
    ...process.env,
    HOOKBENCH_DATA: join(work, "data"),
    XDG_CONFIG_HOME: join(work, "config"),
    HOOKBENCH_NO_KEYCHAIN: "1",
    HOOKBENCH_RECEIVER: "127.0.0.1:0",
    HOOKBENCH_EMULATOR: "127.0.0.1:0",
  };
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test("start-up, a second launch, menu copy and paste, and the window restored after quitting", async () => {
  const first = await session();
  const { browser } = first;
  try {
    const receiverUrl = await browser.$('[data-testid="receiver-url"]');
    await receiverUrl.waitForDisplayed({ timeout: 15_000 });
    const running = instance();
    const contentAt = await waitFor("the content mark", () =>
      browser.execute(() => {
        const mark = performance.getEntriesByName("hookbench:content")[0];
        return mark ? performance.timeOrigin + mark.startTime : null;
      }),
    );
    const startupMs = Math.round(contentAt - processStartMs(running.pid));
    console.log(`startup: process start to first frame with content: ${startupMs} ms`);
    assert.ok(startupMs > 0 && startupMs < 10_000, `start-up took ${startupMs} ms`);

    // A second launch hands over to the running app and ends, instead of failing on the port.
    const second = spawnSync(application, [], { env, timeout: 20_000 });
    assert.equal(second.status, 0, `the second launch failed: ${second.stderr}`);
    assert.equal(instance().pid, running.pid);
    assert.equal(await receiverUrl.getText(), running.receiver_url);

    // Edit → Select All, Copy in one field; Paste in another: GTK's menu, X key events.
    const search = await browser.$('[data-testid="search"]');
    await search.click();
    await search.setValue("copied-by-menu");
    editMenu(4); // Select All (Cut, Copy, Paste, separator, Select All)
    editMenu(2); // Copy
    const slug = await browser.$('input[placeholder="new-inbox"]');
    await slug.click();
    editMenu(3); // Paste
    await waitFor("the pasted text", async () => (await slug.getValue()) === "copied-by-menu", 5_000);

    await browser.setWindowRect(40, 30, 1000, 700);
    const before = await browser.getWindowRect();
    // A clean quit (SIGTERM, as at logout) saves the window's state.
    process.kill(running.pid, "SIGTERM");
    await waitFor("the app quits", async () => !existsSync(join(env.HOOKBENCH_DATA, "instance.json")));
    await first.stop();

    const next = await session();
    try {
      await (await next.browser.$('[data-testid="receiver-url"]')).waitForDisplayed({ timeout: 15_000 });
      const restored = await next.browser.getWindowRect();
      assert.equal(restored.width, before.width);
      assert.equal(restored.height, before.height);
      assert.equal(restored.x, before.x);
      assert.equal(restored.y, before.y);
    } finally {
      await next.stop();
    }
  } finally {
    await first.stop();
  }
});
