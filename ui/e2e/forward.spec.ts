import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";

interface Target {
  base: string;
  received: { method: string; path: string; headers: IncomingMessage["headers"]; body: string }[];
  close: () => Promise<void>;
}

/** The app being written: answers 201 with a body that tries to be HTML. */
async function startApp(): Promise<Target> {
  const received: Target["received"] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.writeHead(201, { "Content-Type": "application/json", "X-App": "<b>app</b>" });
      res.end(JSON.stringify({ handled: received.length, note: "<img src=x onerror=alert(1)>" }));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, received, close: () => new Promise((done) => server.close(() => done())) };
}

test("forwarding set in the inbox settings sends each request on, and the target's response shows beside it", async ({ page, hookbench }) => {
  const app = await startApp();
  try {
    await page.goto(hookbench.ui);
    await expect(page.getByText("Listening", { exact: true })).toBeVisible();
    await page.getByLabel("New inbox URL segment").fill("shop");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("button", { name: "Settings of shop" }).click();
    const settings = page.getByTestId("inbox-settings");
    await settings.getByTestId("forward-enabled").check();
    await settings.getByTestId("forward-url").fill(`${app.base}/webhooks`);
    await settings.getByTestId("forward-respond-target").click();
    await settings.getByTestId("save-inbox").click();
    await expect(settings.getByRole("status")).toContainText("Saved");
    await settings.getByTestId("forward-fields").screenshot({ path: "test-results/forward-settings.png" });

    const answer = await fetch(`${hookbench.receiver}/shop/orders/42?attempt=1`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shop": "acme" },
      body: '{"order":42}',
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get("x-app")).toBe("<b>app</b>");
    expect(app.received[0].path).toBe("/webhooks/orders/42?attempt=1");
    expect(app.received[0].body).toBe('{"order":42}');
    expect(app.received[0].headers["x-shop"]).toBe("acme");

    await settings.getByRole("button", { name: "Close" }).click();
    await page.getByTestId("inbox-list").getByRole("button", { name: /shop/ }).first().click();
    await page.getByTestId("capture-row").first().click();
    await expect(page.getByTestId("detail-target")).toHaveText("/shop/orders/42?attempt=1");
    const side = page.getByTestId("target-side");
    await expect(side.getByTestId("target-status")).toHaveText("201 Created");
    await expect(side.getByTestId("response-status-code")).toHaveText("201");
    await expect(side).toContainText('"note": "<img src=x onerror=alert(1)>"');
    await expect(page.locator("img")).toHaveCount(0);
    await side.getByRole("tab", { name: /Headers/ }).click();
    await expect(side).toContainText("<b>app</b>");
    await expect(side.locator("b")).toHaveCount(0);
    const relays = page.getByTestId("relay-list");
    await expect(relays.getByTestId("delivery-status")).toHaveText("Succeeded");
    await expect(relays).toContainText(`${app.base}/webhooks`);
    await page.screenshot({ path: "test-results/forward-capture.png" });
    await relays.getByTestId("relay-open").click();
    const delivery = page.getByTestId("delivery-detail");
    await expect(delivery).toContainText("forwarded by its inbox");
    await expect(delivery.getByTestId("attempt-status")).toHaveText("201 Created");
    await expect(delivery.getByTestId("attempt-url")).toHaveText(`${app.base}/webhooks/orders/42?attempt=1`);
    await page.getByTestId("filter-source").selectOption("forward");
    await expect(page.getByTestId("delivery-count")).toHaveText("1 delivery");
    await page.screenshot({ path: "test-results/forward-delivery.png" });
    await page.goBack();
    await page.goBack();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.screenshot({ path: "test-results/forward-capture-dark-narrow.png" });
  } finally {
    await app.close();
  }
});

test("a failing target shows why beside the request, and a bulk replay of the marked captures runs in order with progress", async ({ page, hookbench }) => {
  const app = await startApp();
  try {
    const api = (path: string, body: unknown) =>
      fetch(new URL(path, hookbench.ui), {
        method: "POST",
        headers: { Authorization: `Bearer ${hookbench.token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const closed = "http://127.0.0.1:9/down";
    expect((await api("/api/inboxes", { slug: "down", config: { forward: { url: closed, respond_with: "target", retry: { preset: "none" } } } })).status).toBe(201);
    await page.goto(hookbench.ui);
    await expect(page.getByText("Listening", { exact: true })).toBeVisible();
    const failed = await fetch(`${hookbench.receiver}/down/x`, { method: "POST", body: "{}" });
    expect(failed.status).toBe(502);
    expect(await failed.text()).toContain("could not forward");
    await page.getByTestId("inbox-list").getByRole("button", { name: /down/ }).first().click();
    await page.getByTestId("capture-row").first().click();
    const side = page.getByTestId("target-side");
    await expect(side.getByTestId("target-status")).toHaveText(/refused/i);
    await expect(side.getByTestId("target-error")).toContainText("127.0.0.1:9");
    await expect(page.getByTestId("relay-list").getByTestId("delivery-status")).toHaveText("Failed");

    for (const n of [1, 2, 3]) await fetch(`${hookbench.receiver}/down/n${n}`, { method: "POST", body: `{"n":${n}}` });
    const rows = page.getByTestId("capture-row");
    await expect(rows).toHaveCount(4);
    for (const i of [0, 1, 2]) await rows.nth(i).click({ modifiers: ["Control"] });
    await page.getByTestId("bulk-replay-open").click();
    const dialog = page.getByTestId("replay-dialog");
    await expect(dialog).toContainText("Replay 3 captures");
    await dialog.getByTestId("replay-url").fill(`${app.base}/replayed`);
    await dialog.getByTestId("replay-start").click();
    await expect(dialog.getByTestId("replay-state")).toHaveText("Replay finished");
    await expect(dialog.getByTestId("replay-counts")).toContainText("3 succeeded");
    expect(app.received.map((r) => r.path)).toEqual(["/replayed/n1", "/replayed/n2", "/replayed/n3"]);
    await page.screenshot({ path: "test-results/replay-dialog.png" });

    // At one per second, the rest can be cancelled while the first is out.
    await dialog.getByLabel("Per second").fill("1");
    await dialog.getByTestId("replay-start").click();
    await expect(dialog.getByTestId("replay-state")).toHaveText(/Replaying/);
    await dialog.getByTestId("replay-cancel").click();
    await expect(dialog.getByTestId("replay-state")).toHaveText("Replay finished");
    await expect(dialog.getByTestId("replay-counts")).toContainText(/[12] cancelled/);
    expect(app.received.length).toBeLessThan(6);
  } finally {
    await app.close();
  }
});

test("r replays the open capture with an edited body and re-signed; the engine's refusal shows as it is", async ({ page, hookbench }) => {
  const app = await startApp();
  try {
    await page.goto(hookbench.ui);
    await expect(page.getByText("Listening", { exact: true })).toBeVisible();
    await fetch(`${hookbench.receiver}/default/hook`, { method: "POST", headers: { "X-Hub-Signature-256": "sha256=stale" }, body: '{"v":1}' });
    await page.getByTestId("capture-row").first().click();
    await page.keyboard.press("r");
    const dialog = page.getByTestId("replay-dialog");
    await expect(dialog).toContainText("Replay 1 capture");
    await dialog.getByTestId("replay-url").fill("not a url");
    await dialog.getByTestId("replay-start").click();
    await expect(dialog.getByTestId("replay-error")).toContainText("the replay target");
    await dialog.getByTestId("replay-url").fill(`${app.base}/again`);
    await dialog.getByTestId("replay-edit-body").check();
    await dialog.getByTestId("replay-body").fill('{"v":2}');
    await dialog.getByTestId("replay-resign-provider").selectOption("github");
    await dialog.getByTestId("replay-resign-secret").fill("It's a Secret to Everybody");
    await dialog.getByTestId("replay-start").click();
    await expect(dialog.getByTestId("replay-counts")).toContainText("1 succeeded");
    expect(app.received[0].path).toBe("/again/hook");
    expect(app.received[0].body).toBe('{"v":2}');
    expect(app.received[0].headers["x-hub-signature-256"]).toMatch(/^sha256=[0-9a-f]{64}$/);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId("relay-list")).toContainText("replay");
  } finally {
    await app.close();
  }
});
