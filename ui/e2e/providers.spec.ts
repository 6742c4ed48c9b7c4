import { createHmac } from "node:crypto";
import { expect, test } from "./fixtures";

test("an event's sample validates as you type and its headers carry the provider's signature", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.getByRole("link", { name: "Providers" }).click();
  await page.getByTestId("provider-list").getByRole("link", { name: /ConnectGain/ }).click();
  await page.getByTestId("event-list").getByRole("link", { name: /deal\.stage\.changed/ }).click();
  await expect(page).toHaveURL(/#\/providers\/connectgain\/deal\.stage\.changed$/);

  const editor = page.getByTestId("json-editor").locator(".cm-content");
  await expect(editor).toContainText('"event": "deal.stage.changed"');
  await expect(page.getByTestId("validation")).toHaveText("Valid against the event's JSON Schema");
  const headers = page.getByTestId("headers-table");
  await expect(headers).toContainText("X-Webhook-Event");
  await expect(headers).not.toContainText("X-Webhook-Signature");

  await page.getByTestId("secret").fill("s3cret");
  const signatureRow = headers.locator("tr", { hasText: "X-Webhook-Signature" });
  await expect(signatureRow).toHaveCount(1);
  const signature = (await signatureRow.locator("td").nth(1).textContent())?.trim();
  expect(signature).toMatch(/^[0-9a-f]{64}$/);

  // Break the JSON: the editor and the validation say so at once.
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(",");
  await expect(page.getByTestId("validation")).toContainText("Not valid JSON");
  await page.keyboard.press("Backspace");
  await expect(page.getByTestId("validation")).toHaveText("Valid against the event's JSON Schema");
});

test("the signature shown is the HMAC-SHA256 of exactly the body the user typed", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.evaluate(() => { location.hash = "#/providers/generic/sample.event"; });
  const editor = page.getByTestId("json-editor").locator(".cm-content");
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press("Control+a");
  await page.keyboard.type('{"typed":true}');
  await page.getByTestId("secret").fill("k");
  const expected = createHmac("sha256", "k").update('{"typed":true}').digest("hex");
  await expect(page.getByTestId("headers-table").locator("tr", { hasText: "X-Signature" })).toContainText(expected);
  await expect(page.getByTestId("validation")).toBeVisible();
});

test("a named sample is saved, survives a reload and loads back", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.evaluate(() => { location.hash = "#/providers/workspace/webhook_test"; });
  const editor = page.getByTestId("json-editor").locator(".cm-content");
  await expect(editor).toContainText('"event": "webhook_test"');
  await page.getByLabel("Sample name").fill("my test ping");
  await page.getByRole("button", { name: "Save sample" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved “my test ping”.");

  await page.reload();
  const saved = page.getByTestId("saved-samples");
  await expect(saved).toContainText("my test ping");
  await editor.click();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("{}");
  await saved.getByRole("button", { name: "Load" }).click();
  await expect(editor).toContainText('"event": "webhook_test"');
  await saved.getByRole("button", { name: "Delete my test ping" }).click();
  await expect(saved).not.toContainText("my test ping");
});

test("a provider's documentation says what Hookbench chose, as text", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.evaluate(() => { location.hash = "#/providers/connexify"; });
  await page.getByText(/About Connexify/).click();
  await expect(page.getByTestId("provider-docs")).toContainText("comma");
});

test("opening an event never flashes a JSON error for the sample it is still loading", async ({ page, hookbench }) => {
  // Every text the validation line ever shows, from the first frame on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { validationTexts: string[] }).validationTexts = seen;
    new MutationObserver(() => {
      const line = document.querySelector('[data-testid="validation"]');
      if (line?.textContent && seen.at(-1) !== line.textContent) seen.push(line.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(hookbench.ui);
  await page.evaluate(() => { location.hash = "#/providers/connectly/messages"; });
  await expect(page.getByTestId("validation")).toHaveText("Valid against the event's JSON Schema");
  const texts = await page.evaluate(() => (window as unknown as { validationTexts: string[] }).validationTexts);
  expect(texts).toEqual(["Valid against the event's JSON Schema"]);
});
