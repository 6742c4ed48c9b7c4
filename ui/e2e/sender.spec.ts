import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Hookbench } from "./fixtures";

interface Target {
  url: string;
  /** Every request the target received: method, path, headers, body. */
  received: { method: string; path: string; headers: IncomingMessage["headers"]; body: string }[];
  close: () => Promise<void>;
}

/** A consumer on 127.0.0.1:0 that answers each request with the next status in `statuses` (the last repeats). */
async function startTarget(statuses: number[]): Promise<Target> {
  const received: Target["received"] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString() });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)];
      res.writeHead(status, { "Content-Type": "application/json", "X-Consumer": "e2e" });
      res.end(JSON.stringify({ answer: received.length, ok: status < 300 }));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/orders`,
    received,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Calls the engine's API with the page's token (from the `ui` address it printed). */
async function apiCall<T>(hookbench: Hookbench, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const ui = new URL(hookbench.ui);
  const response = await fetch(new URL(path, ui.origin), {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${hookbench.token}`, "Content-Type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

test("a webhook made in the editor gets a triggered event; its attempt shows request beside response, and a retry fixes the failure", async ({ page, hookbench }) => {
  const target = await startTarget([500, 200]);
  try {
    await page.goto(hookbench.ui);
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByTestId("no-webhooks")).toBeVisible();
    await page.getByTestId("new-webhook").click();

    const editor = page.getByTestId("webhook-editor");
    await editor.getByTestId("webhook-name").fill("Orders consumer");
    await editor.getByTestId("webhook-provider").selectOption("generic");
    await editor.getByTestId("webhook-url").fill(target.url);
    await editor.getByTestId("generate-secret").click();
    await editor.getByRole("radio", { name: "None" }).click();
    await expect(editor.getByTestId("retry-fields")).toContainText("One attempt, no retries.");
    await editor.getByTestId("webhook-save").click();

    const row = page.getByTestId("webhook-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Orders consumer");
    await expect(row).toContainText(target.url);
    await expect(row.getByTestId("webhook-health")).toContainText("No delivery yet");

    // Trigger the event from the workbench, with an edited payload.
    await page.evaluate(() => { location.hash = "#/providers/generic/sample.event"; });
    const editorText = page.getByTestId("json-editor").locator(".cm-content");
    await expect(editorText).toBeVisible();
    await editorText.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type('{"order":"A-1001","total":42}');
    await page.getByTestId("send-to-webhooks-submit").click();
    const result = page.getByTestId("trigger-result");
    await expect(result).toContainText("1 delivery queued.");
    await result.getByTestId("queued-delivery").click();
    await expect(page).toHaveURL(/#\/deliveries\/[0-9A-Z]+$/);

    // The attempt: the exact request sent, beside the consumer's raw answer.
    const detail = page.getByTestId("delivery-detail");
    await expect(detail.getByTestId("delivery-status")).toHaveText("Failed");
    const attempt = detail.getByTestId("attempt-view");
    await expect(attempt.getByTestId("attempt-url")).toHaveText(target.url);
    const request = attempt.getByTestId("attempt-request");
    const response = attempt.getByTestId("attempt-response");
    await expect(request.getByTestId("body")).toContainText('"order": "A-1001"');
    await expect(response.getByTestId("attempt-status")).toContainText("500");
    await expect(response.getByTestId("body")).toContainText('"answer": 1');
    const requestBox = await request.boundingBox();
    const responseBox = await response.boundingBox();
    expect(responseBox!.x).toBeGreaterThan(requestBox!.x + requestBox!.width - 1);
    expect(Math.abs(responseBox!.y - requestBox!.y)).toBeLessThan(2);
    await request.getByRole("tab", { name: /Headers/ }).click();
    await expect(request.getByTestId("headers-table")).toContainText("x-signature");
    await response.getByRole("tab", { name: /Headers/ }).click();
    await expect(response.getByTestId("headers-table")).toContainText("X-Consumer");
    await expect(detail.getByTestId("timings")).toContainText("total");
    // Exactly what the consumer got.
    expect(target.received).toHaveLength(1);
    expect(target.received[0].body).toBe('{"order":"A-1001","total":42}');

    // Retry: the second answer is 200; the timeline has both attempts, the newest shown.
    await detail.getByTestId("delivery-retry").click();
    await expect(detail.getByTestId("delivery-status")).toHaveText("Succeeded");
    await expect(detail.getByTestId("timeline-item")).toHaveCount(2);
    await expect(attempt.getByTestId("attempt-status")).toContainText("200");
    await expect(attempt.getByTestId("attempt-response").getByTestId("body")).toContainText('"answer": 2');
    // The first attempt is still there, one click away.
    await detail.getByTestId("timeline-item").first().click();
    await expect(detail.getByTestId("attempt-status")).toContainText("500");

    // The log lists it, updated in place.
    const logRow = page.getByTestId("delivery-row");
    await expect(logRow).toHaveCount(1);
    await expect(logRow).toContainText("Succeeded");
    await expect(logRow).toContainText("2 attempts");
  } finally {
    await target.close();
  }
});

test("the engine's refusal is shown next to the form, as it is", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.evaluate(() => { location.hash = "#/webhooks/new?provider=connectgain"; });
  const editor = page.getByTestId("webhook-editor");
  await editor.getByTestId("webhook-name").fill("CRM");
  await expect(editor.getByTestId("webhook-provider")).toHaveValue("connectgain");
  await editor.getByTestId("webhook-url").fill("http://crm.example.test/hooks");
  await editor.getByTestId("webhook-save").click();
  await expect(editor.getByTestId("webhook-error")).toContainText("ConnectGain requires HTTPS");
  await expect(page.getByTestId("webhook-row")).toHaveCount(0);
});

test("a webhook Hookbench turns off raises a banner on every screen until it is re-enabled", async ({ page, hookbench }) => {
  const target = await startTarget([503]);
  try {
    const webhook = await apiCall<{ id: string }>(hookbench, "/api/webhooks", {
      method: "POST",
      body: { name: "Flaky", url: target.url, provider: "generic", retry: { preset: "none" }, failure_threshold: 1 },
    });
    await page.goto(hookbench.ui);
    await expect(page.getByText("Listening", { exact: true })).toBeVisible();
    await expect(page.getByTestId("disabled-banner")).toHaveCount(0);
    await apiCall(hookbench, "/api/events", { method: "POST", body: { provider: "generic", event: "sample.event" } });

    const banner = page.getByTestId("disabled-banner");
    await expect(banner).toContainText("Hookbench turned off Flaky");
    await page.getByRole("link", { name: "Deliveries" }).click();
    await expect(banner).toBeVisible();
    await expect(page.getByTestId("delivery-row")).toContainText("Failed");
    await expect(page.getByTestId("delivery-row")).toContainText("503");
    // The keyboard opens it: j moves to the first row, whose detail shows the 503.
    await page.getByRole("listbox", { name: /Deliveries/ }).focus();
    await page.keyboard.press("j");
    await expect(page).toHaveURL(/#\/deliveries\/[0-9A-Z]+$/);
    await expect(page.getByTestId("delivery-detail").getByTestId("attempt-status")).toContainText("503");

    await banner.getByTestId("re-enable").click();
    await expect(page.getByTestId("disabled-banner")).toHaveCount(0);
    const stored = await apiCall<{ active: boolean; disabled_reason: string | null }>(hookbench, `/api/webhooks/${webhook.id}`);
    expect(stored).toMatchObject({ active: true, disabled_reason: null });
  } finally {
    await target.close();
  }
});

test("a captured request is sent again as an event to the webhooks that subscribe to it", async ({ page, hookbench }) => {
  const target = await startTarget([200]);
  try {
    await apiCall(hookbench, "/api/webhooks", { method: "POST", body: { name: "Replay sink", url: target.url, provider: "generic" } });
    await hookbench.send("/default/in", { headers: { "Content-Type": "application/json" }, body: '{"hello":"again"}' });
    await page.goto(hookbench.ui);
    await expect(page.getByTestId("capture-detail")).toBeVisible();
    await page.getByTestId("send-as-event-open").click();
    const form = page.getByTestId("send-as-event");
    await form.getByRole("combobox", { name: "Provider" }).selectOption("generic");
    await form.getByRole("combobox", { name: "Event" }).selectOption("sample.event");
    await form.getByTestId("send-as-event-submit").click();
    await expect(form.getByTestId("trigger-result")).toContainText("1 delivery queued.");
    await expect.poll(() => target.received.length).toBe(1);
    expect(target.received[0].body).toBe('{"hello":"again"}');
    await form.getByTestId("queued-delivery").click();
    await expect(page.getByTestId("delivery-detail").getByTestId("delivery-status")).toHaveText("Succeeded");
  } finally {
    await target.close();
  }
});

test("a consumer's hostile answer is shown as text in the delivery detail and never runs", async ({ page, hookbench }) => {
  const payload = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a>';
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(500, { "Content-Type": "text/html", "X-Evil": '<img src=x onerror="alert(5)">', "X-Link": "javascript:alert(6)" });
      res.end(payload);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  try {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const webhook = await apiCall<{ id: string }>(hookbench, "/api/webhooks", {
      method: "POST",
      body: { name: "<b>hostile</b>", provider: "stripe", url: `http://127.0.0.1:${port}/x`, retry: { preset: "none" } },
    });
    const result = await apiCall<{ deliveries: { id: string }[] }>(hookbench, `/api/webhooks/${webhook.id}/test`, { method: "POST", body: {} });
    await page.goto(hookbench.ui);
    await page.evaluate((id) => { location.hash = `#/deliveries/${id}`; }, result.deliveries[0].id);
    const response = page.getByTestId("attempt-response");
    await expect(response.getByTestId("attempt-status")).toContainText("500");
    await expect(response.getByTestId("body")).toContainText(payload);
    await response.getByRole("tab", { name: /Headers/ }).click();
    await expect(response.getByTestId("headers-table")).toContainText('<img src=x onerror="alert(5)">');
    await expect(response.getByTestId("headers-table")).toContainText("javascript:alert(6)");
    await expect(page.getByTestId("delivery-detail")).toContainText("<b>hostile</b>");
    expect(await page.locator("img, script:not([src]), a[href^='javascript'], b").count()).toBe(0);
    expect(dialogs).toBe(0);
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
  }
});

test("a webhook that follows redirects shows each hop above the request that got the answer", async ({ page, hookbench }) => {
  const target = await startTarget([200]);
  const mover: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(308, { Location: target.url });
      res.end();
    });
  });
  await new Promise<void>((done) => mover.listen(0, "127.0.0.1", done));
  const moved = `http://127.0.0.1:${(mover.address() as AddressInfo).port}/old-home`;
  try {
    await apiCall(hookbench, "/api/webhooks", {
      method: "POST",
      body: { name: "Moved", url: moved, provider: "generic", follow_redirects: true },
    });
    await page.goto(hookbench.ui);
    await expect(page.getByText("Listening", { exact: true })).toBeVisible();
    await apiCall(hookbench, "/api/events", { method: "POST", body: { provider: "generic", event: "sample.event" } });
    await page.getByRole("link", { name: "Deliveries" }).click();
    await expect(page.getByTestId("delivery-row")).toContainText("Succeeded");
    await page.getByTestId("delivery-row").click();
    const attempt = page.getByTestId("delivery-detail").getByTestId("attempt-view");
    await expect(attempt.getByTestId("attempt-redirects")).toContainText(`308 POST ${moved}`);
    await expect(attempt.getByTestId("attempt-redirects")).toContainText(target.url);
    await expect(attempt.getByTestId("attempt-url")).toHaveText(target.url);
    await expect(attempt.getByTestId("attempt-status")).toContainText("200");
    expect(target.received).toHaveLength(1);
    await page.screenshot({ path: "test-results/redirects.png" });
  } finally {
    mover.close();
    await target.close();
  }
});
