import { expect, test } from "./fixtures";

test("turning on private network targets in Settings is saved, and the webhook editor says its own box is moot", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await page.getByRole("link", { name: "Webhooks" }).click();
  await page.getByTestId("new-webhook").click();
  const editor = page.getByTestId("webhook-editor");
  await expect(editor.getByTestId("webhook-allow-private-network")).toBeVisible();
  await expect(editor.getByTestId("global-private-network-note")).toHaveCount(0);
  await editor.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("link", { name: "Settings" }).click();
  const outgoing = page.getByTestId("outgoing-settings");
  await expect(outgoing).toContainText("server-side request forgery");
  await expect(outgoing).toContainText("on just the webhook, forward or replay that needs it");
  const global = outgoing.getByTestId("global-allow-private-network");
  await expect(global).not.toBeChecked();
  await global.click(); // saved at once; checked once the engine has it
  await expect(global).toBeChecked();

  const saved = await fetch(new URL("/api/settings", hookbench.ui), { headers: { Authorization: `Bearer ${hookbench.token}` } });
  expect(((await saved.json()) as { outgoing: { allow_private_network: boolean } }).outgoing.allow_private_network).toBe(true);

  await page.getByRole("link", { name: "Webhooks" }).click();
  await page.getByTestId("new-webhook").click();
  const note = page.getByTestId("webhook-editor").getByTestId("global-private-network-note");
  await expect(note).toContainText("allowed for every target");
  await expect(note).toContainText("this box changes nothing");

  // Turned off again (here through the API, as another client would): the note goes at once.
  await fetch(new URL("/api/settings", hookbench.ui), {
    method: "PUT",
    headers: { Authorization: `Bearer ${hookbench.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ outgoing: { allow_private_network: false } }),
  });
  await expect(note).toHaveCount(0);
});
