import { createHmac } from "node:crypto";
import { expect, test } from "./fixtures";

test("a captured GitHub delivery is checked: valid with the right secret, the likely cause with a wrong one", async ({ page, hookbench }) => {
  const body = '{"zen":"Design for failure.","hook_id":1}';
  const signature = "sha256=" + createHmac("sha256", "right").update(body).digest("hex");
  await hookbench.send("/github", {
    headers: { "Content-Type": "application/json", "X-GitHub-Event": "ping", "X-Hub-Signature-256": signature },
    body,
  });
  await page.goto(hookbench.ui);
  await page.getByRole("tab", { name: "Signature", exact: true }).click();
  await page.getByTestId("check-provider").selectOption("github");
  await page.getByTestId("check-secret").fill("right");
  await page.getByRole("button", { name: "Check signature and schema" }).click();
  await expect(page.getByTestId("signature-verdict")).toHaveText("Signature valid (secret 1)");
  await expect(page.getByTestId("check-result")).toContainText("ping");

  await page.getByTestId("check-secret").fill("wrong");
  await page.getByRole("button", { name: "Check signature and schema" }).click();
  await expect(page.getByTestId("signature-verdict")).toHaveText("Signature invalid: signature mismatch");
  await expect(page.getByTestId("check-result")).toContainText("Most likely: the secret is not the one the sender signed with.");
});

test("the generic profile signs with the custom HMAC scheme the user configures", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.evaluate(() => { location.hash = "#/providers/generic/sample.event"; });
  const editor = page.getByTestId("json-editor").locator(".cm-content");
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("{}");
  await page.getByTestId("secret").fill("k");
  const scheme = page.getByTestId("hmac-scheme");
  await scheme.getByLabel("Algorithm").selectOption("sha1");
  await scheme.getByLabel("Encoding").selectOption("base64");
  await scheme.getByLabel("Signature header").fill("X-Hub-Signature");
  await scheme.getByLabel("Prefix").fill("sha1=");
  const expected = "sha1=" + createHmac("sha1", "k").update("{}").digest("base64");
  await expect(page.getByTestId("headers-table").locator("tr", { hasText: "X-Hub-Signature" })).toContainText(expected);
});
