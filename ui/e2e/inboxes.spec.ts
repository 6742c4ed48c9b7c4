import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

test("an inbox is created, answers with its configured response, and shows it beside the request", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.getByLabel("New inbox URL segment").fill("shop");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const inboxes = page.getByTestId("inbox-list");
  await expect(inboxes).toContainText("/shop");

  await page.getByRole("button", { name: "Settings of shop" }).click();
  const settings = page.getByTestId("inbox-settings");
  await settings.getByTestId("response-status").first().fill("418");
  await settings.getByTestId("response-body").first().fill('{"teapot":"{{capture_id}}"}');
  await settings.getByTestId("add-rule").click();
  await settings.getByLabel("Path glob").fill("/shop/fail/*");
  await settings.getByTestId("save-inbox").click();
  await expect(settings.getByRole("status")).toContainText("Saved");
  await expect(inboxes).toContainText("answers 418 · 1 rule");

  const id = await fetch(`${hookbench.receiver}/shop/orders?n=1`, { method: "POST", body: "{}" }).then(async (r) => {
    expect(r.status).toBe(418);
    return ((await r.json()) as { teapot: string }).teapot;
  });
  const failing = await fetch(`${hookbench.receiver}/shop/fail/now`, { method: "POST", body: "{}" });
  expect(failing.status).toBe(500);

  await inboxes.getByRole("button", { name: /shop/ }).first().click();
  const rows = page.getByTestId("capture-row");
  await expect(rows).toHaveCount(2);
  await rows.nth(1).click();
  await expect(page.getByTestId("detail-target")).toHaveText("/shop/orders?n=1");
  const response = page.getByTestId("response-side");
  await expect(response.getByTestId("response-status-code")).toHaveText("418");
  await expect(response).toContainText(`"teapot": "${id}"`);
});

test("search narrows the list as you type and the method filter applies", async ({ page, hookbench }) => {
  await hookbench.send("/orders", { headers: { "X-Shop": "acme" }, body: '{"customer":"Grace Hopper"}' });
  await hookbench.send("/invoices", { method: "PUT", body: '{"customer":"Ada Lovelace"}' });
  await page.goto(hookbench.ui);
  await expect(page.getByTestId("capture-row")).toHaveCount(2);
  await page.keyboard.press("/");
  await expect(page.getByTestId("search")).toBeFocused();
  await page.keyboard.type("hopp");
  await expect(page.getByTestId("capture-row")).toHaveCount(1);
  await expect(page.getByTestId("capture-row")).toContainText("/orders");
  await page.getByTestId("search").fill("customer");
  await page.getByTestId("method-filter").selectOption("PUT");
  await expect(page.getByTestId("capture-row")).toHaveCount(1);
  await expect(page.getByTestId("capture-row")).toContainText("/invoices");
});

test("two marked captures are compared: header and JSON body differences", async ({ page, hookbench }) => {
  await hookbench.send("/a", { headers: { "Content-Type": "application/json", "X-Version": "1" }, body: '{"amount":100,"currency":"eur"}' });
  await hookbench.send("/b", { headers: { "Content-Type": "application/json", "X-Version": "2" }, body: '{"amount":250,"currency":"eur","refund":true}' });
  await page.goto(hookbench.ui);
  const rows = page.getByTestId("capture-row");
  await rows.nth(0).click({ modifiers: ["Control"] });
  await rows.nth(1).click({ modifiers: ["Control"] });
  await page.getByTestId("compare").click();
  const compare = page.getByTestId("compare-view");
  await expect(compare).toContainText("x-version");
  await expect(compare).toContainText("/amount");
  await expect(compare).toContainText("/refund");
});

test("an inbox's captures export as HAR 1.2 and Copy as cURL copies a command", async ({ page, hookbench, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await hookbench.send("/export-me?x=1", { headers: { "Content-Type": "application/json" }, body: '{"n":1}' });
  await page.goto(hookbench.ui);
  await expect(page.getByTestId("detail-target")).toHaveText("/export-me?x=1");
  const download = page.waitForEvent("download");
  await page.getByTestId("export-har").click();
  const file = await (await download).path();
  const har = JSON.parse(readFileSync(file, "utf8"));
  expect(har.log.version).toBe("1.2");
  expect(har.log.entries[0].request.url).toBe(`${hookbench.receiver}/export-me?x=1`);

  await page.getByTestId("copy-curl").click();
  await expect(page.getByRole("status").filter({ hasText: "cURL command copied" })).toBeVisible();
  const command = await page.evaluate(() => navigator.clipboard.readText());
  expect(command).toContain("curl");
  expect(command).toContain(`${hookbench.receiver}/export-me?x=1`);
});

test("a verifying inbox shows each capture's signature badge and the likely cause", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  // The live stream is up (its first resync done), so a refetch cannot reset what is clicked next.
  await expect(page.getByText("Listening", { exact: true })).toBeVisible();
  const token = hookbench.token;
  const created = await fetch(new URL("/api/inboxes", hookbench.ui), {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ slug: "gh", config: { verify: { provider: "github", secrets: ["right"] } } }),
  });
  expect(created.status).toBe(201);
  await hookbench.send("/gh/hook", { headers: { "X-Hub-Signature-256": "sha256=" + "0".repeat(64), "X-GitHub-Event": "ping" }, body: "{}" });
  const row = page.getByTestId("capture-row").first();
  await expect(row).toContainText("invalid");
  await row.click();
  await page.getByRole("tab", { name: /Signature · invalid/ }).click();
  await expect(page.getByTestId("signature-verdict").first()).toHaveText("Signature invalid: signature mismatch");
  await expect(page.getByTestId("check-result").first()).toContainText("Most likely");
});

test("retention set in Settings deletes older captures at once", async ({ page, hookbench }) => {
  for (const n of [1, 2, 3]) await hookbench.send(`/r/${n}`, { body: "{}" });
  await page.goto(hookbench.ui);
  await expect(page.getByTestId("capture-row")).toHaveCount(3);
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByTestId("keep-last").fill("1");
  await page.getByRole("button", { name: "Save retention" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.getByRole("link", { name: "Inbox" }).click();
  await expect(page.getByTestId("capture-row")).toHaveCount(1);
  await expect(page.getByTestId("capture-row")).toContainText("/r/3");
});

test("Settings says where the key sealing signing secrets lives, and warns when it is a file", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByTestId("secrets-at-rest")).toContainText("secret.key");
  await expect(page.getByTestId("secrets-warning")).toContainText("No OS keychain");
});
