// Native smoke test: the real Tauri window, under Xvfb, driven by tauri-driver and
// WebKitWebDriver. A request sent to the receiver must appear in the window.
//
// Run through `make test-native` (which builds the app and provides the display).

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { remote } from "webdriverio";

const application =
  process.env.HOOKBENCH_DESKTOP_BIN ??
  fileURLToPath(new URL("../../../target/debug/hookbench-desktop", import.meta.url));
const driverPort = 4444;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port} within ${timeoutMs} ms`);
}

let driver;
let browser;
let data;
let receiverPort;

before(async () => {
  assert.ok(existsSync(application), `build the desktop app first: ${application} is missing`);
  assert.ok(process.env.DISPLAY, "run under a display (make test-native uses xvfb-run)");
  data = mkdtempSync(join(tmpdir(), "hookbench-native-"));
  receiverPort = await freePort();
  driver = spawn("tauri-driver", ["--port", String(driverPort)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, HOOKBENCH_DATA: data, HOOKBENCH_RECEIVER: `127.0.0.1:${receiverPort}`, HOOKBENCH_EMULATOR: "127.0.0.1:0" },
  });
  await waitForPort(driverPort, 20_000);
  browser = await remote({
    hostname: "127.0.0.1",
    port: driverPort,
    logLevel: "warn",
    capabilities: {
      browserName: "wry",
      "tauri:options": { application },
      "wdio:enforceWebDriverClassic": true,
    },
  });
});

after(async () => {
  await browser?.deleteSession().catch(() => {});
  if (driver && driver.exitCode === null) {
    const exited = new Promise((r) => driver.once("exit", r));
    driver.kill("SIGTERM");
    await exited;
  }
  if (data) rmSync(data, { recursive: true, force: true });
});

test("the native window shows the receiver and a captured request appears live", async () => {
  const receiverUrl = await browser.$('[data-testid="receiver-url"]');
  await receiverUrl.waitForDisplayed({ timeout: 15_000 });
  assert.equal(await receiverUrl.getText(), `http://127.0.0.1:${receiverPort}`);
  // The token was read and removed from the address.
  assert.ok(!(await browser.getUrl()).includes("token="));

  const response = await fetch(`http://127.0.0.1:${receiverPort}/native/smoke?from=tauri`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ hello: "window" }),
  });
  assert.equal(response.status, 200);

  const row = await browser.$('[data-testid="capture-row"]');
  await row.waitForDisplayed({ timeout: 15_000 });
  // textContent: WebDriver's visible-text rules skip the ellipsised path span in WebKitGTK.
  assert.match(await row.getProperty("textContent"), /\/native\/smoke\?from=tauri/);
  await row.click();
  const body = await browser.$('[data-testid="body"]');
  await body.waitForDisplayed({ timeout: 10_000 });
  assert.match(await body.getProperty("textContent"), /"hello": "window"/);
  if (process.env.NATIVE_SHOT) await browser.saveScreenshot(process.env.NATIVE_SHOT);
});

test("in the native window, hostile headers and bodies are text: nothing runs, nothing is a link", async () => {
  const payload = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a>';
  const response = await fetch(`http://127.0.0.1:${receiverPort}/native/xss?q=<img src=x onerror=alert(4)>`, {
    method: "POST",
    headers: { "Content-Type": "text/html", "X-Evil": '<img src=x onerror="alert(5)">', "X-Link": "javascript:alert(6)" },
    body: payload,
  });
  assert.equal(response.status, 200);
  const row = await browser.$('[data-testid="capture-row"]*=/native/xss');
  await row.waitForDisplayed({ timeout: 15_000 });
  await row.click();
  const body = await browser.$('[data-testid="request-side"] [data-testid="body"]');
  await body.waitUntil(async () => (await body.getProperty("textContent")) === payload, {
    timeout: 10_000,
    timeoutMsg: "the hostile body is not shown as its text",
  });
  const tabs = await browser.$$('[data-testid="request-side"] [role="tab"]');
  let headersTab;
  for (const tab of tabs) if ((await tab.getProperty("textContent")).startsWith("Headers")) headersTab = tab;
  assert.ok(headersTab, "the request side has a Headers tab");
  await headersTab.click();
  const table = await browser.$('[data-testid="request-side"] [data-testid="headers-table"]');
  await table.waitForDisplayed({ timeout: 10_000 });
  const headers = await table.getProperty("textContent");
  assert.ok(headers.includes('<img src=x onerror="alert(5)">'), headers);
  assert.ok(headers.includes("javascript:alert(6)"), headers);
  // Nothing became an element: no image, no inline script, no javascript: link; no dialog opened.
  const created = await browser.execute(
    () => document.querySelectorAll("img, script:not([src]), a[href^='javascript']").length,
  );
  assert.equal(created, 0);
  let dialog = null;
  try {
    dialog = await browser.getAlertText();
  } catch {
    // no alert open: what we want
  }
  assert.equal(dialog, null, `an alert ran: ${dialog}`);
});
