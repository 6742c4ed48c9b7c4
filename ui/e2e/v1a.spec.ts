import { expect, test, type Hookbench } from "./fixtures";

/** Calls the engine's API with the page's token (from the `ui` address it printed). */
async function apiCall<T>(hookbench: Hookbench, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(new URL(path, new URL(hookbench.ui).origin), {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${hookbench.token}`, "Content-Type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

test("a Standard Webhooks webhook gets an ed25519 key pair in the editor; its v1a delivery checks valid with the public key", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.getByRole("link", { name: "Webhooks" }).click();
  await page.getByTestId("new-webhook").click();
  const editor = page.getByTestId("webhook-editor");
  await editor.getByTestId("webhook-name").fill("v1a consumer");
  await editor.getByTestId("webhook-provider").selectOption("standard-webhooks");
  await editor.getByTestId("webhook-url").fill(`${hookbench.receiver}/default/v1a`);
  await expect(editor.getByTestId("secret-hint")).toContainText("whsk_");
  await editor.getByTestId("generate-key-pair").click();
  await expect(editor.getByTestId("secret-input")).toHaveValue(/^whsk_[A-Za-z0-9+/]{86}==$/);
  const publicKey = (await editor.getByTestId("public-key").textContent()) ?? "";
  expect(publicKey).toMatch(/^whpk_[A-Za-z0-9+/]{43}=$/);
  await editor.getByTestId("webhook-save").click();
  await expect(page.getByTestId("webhook-row")).toHaveCount(1);

  const [webhook] = await apiCall<{ id: string }[]>(hookbench, "/api/webhooks");
  const result = await apiCall<{ deliveries: { id: string }[] }>(hookbench, `/api/webhooks/${webhook.id}/test`, { method: "POST", body: {} });
  await expect
    .poll(async () => (await apiCall<{ delivery: { status: string } }>(hookbench, `/api/deliveries/${result.deliveries[0].id}`)).delivery.status)
    .toBe("succeeded");

  await page.goto(hookbench.ui);
  await page.getByRole("tab", { name: "Signature", exact: true }).click();
  await page.getByTestId("check-provider").selectOption("standard-webhooks");
  await expect(page.getByTestId("secret-hint")).toContainText("whpk_");
  await page.getByTestId("check-secret").fill(publicKey);
  await page.getByRole("button", { name: "Check signature and schema" }).click();
  await expect(page.getByTestId("signature-verdict")).toHaveText("Signature valid (secret 1)");

  await page.getByTestId("check-secret").fill("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  await page.getByRole("button", { name: "Check signature and schema" }).click();
  await expect(page.getByTestId("signature-verdict")).toHaveText("Signature invalid: version mismatch");
  await expect(page.getByTestId("check-result")).toContainText("whpk_ public key");
});
