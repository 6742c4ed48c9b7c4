import { expect, test } from "./fixtures";

const CONFIGURATION = {
  organization_id: "org-uuid",
  name: "CRM Sync",
  url: "https://crm.example.com/webhook",
  events: ["contact.created", "contact.updated"],
  secret: "your-secret-key",
  is_active: true,
};

/** ConnectGain's "Create Webhook" request (seed 001) against the emulator, with `key` as X-API-Key. */
async function createConfiguration(emulator: string, key: string): Promise<Response> {
  return fetch(`${emulator}/rest/v1/webhook_configurations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-API-Key": key },
    body: JSON.stringify(CONFIGURATION),
  });
}

test("a key added in Settings opens the provider emulator; what it registers shows under Webhooks at once; revoked, it is refused", async ({ page, hookbench }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto(hookbench.ui);
  // The live stream is up (its first resync done), so a refetch cannot reset what is clicked next.
  await expect(page.getByText("Listening", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Settings" }).click();
  const section = page.getByTestId("emulator-settings");
  await expect(section.getByTestId("emulator-url")).toHaveText(hookbench.emulator);
  await expect(section.getByTestId("no-emulator-keys")).toBeVisible();
  expect((await createConfiguration(hookbench.emulator, "no-such-key")).status).toBe(401);

  await section.getByTestId("emulator-key-name").fill("Playwright");
  await section.getByTestId("add-emulator-key").click();
  const value = section.getByTestId("new-emulator-key-value");
  await expect(value).toHaveText(/^hbk_[0-9a-f]{48}$/);
  const key = (await value.textContent())!;
  const row = section.getByTestId("emulator-key");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Playwright");
  await expect(row).toContainText(`…${key.slice(-4)}`);
  await section.screenshot({ path: "test-results/emulator-settings.png" });

  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByTestId("no-webhooks")).toBeVisible();
  const created = await createConfiguration(hookbench.emulator, key);
  expect(created.status).toBe(201);
  const [configuration] = (await created.json()) as { id: string; organization_id: string }[];
  expect(configuration.organization_id).toBe("org-uuid");
  // No reload: the webhooks.changed event brings it.
  const table = page.getByTestId("webhooks-table");
  await expect(table).toContainText("CRM Sync");
  await expect(table).toContainText("ConnectGain");

  await page.getByRole("link", { name: "Settings" }).click();
  await section.getByTestId("revoke-emulator-key").click();
  await expect(section.getByTestId("no-emulator-keys")).toBeVisible();
  await expect(section.getByTestId("new-emulator-key")).toHaveCount(0);
  const refused = await createConfiguration(hookbench.emulator, key);
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("not one of this emulator's keys");
});
