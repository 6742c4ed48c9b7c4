import { expect, startHookbench, test } from "./fixtures";

test("servers on loopback are not flagged", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await expect(page.getByTestId("receiver-url")).toBeVisible();
  await expect(page.locator(".exposure-banner")).toHaveCount(0);
});

test("each server other machines can reach is flagged, with how to go back to loopback", async ({ page }) => {
  const { hookbench, stop } = await startHookbench({
    receiver: "0.0.0.0:0",
    emulator: "0.0.0.0:0",
    api: "0.0.0.0:0",
    extra: ["--expose-api"],
  });
  try {
    expect(hookbench.ui).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    await page.goto(hookbench.ui);
    await expect(page.getByTestId("exposed-receiver")).toContainText("The receiver");
    await expect(page.getByTestId("exposed-receiver")).toContainText("set its address to 127.0.0.1 in Settings → Receiver");
    await expect(page.getByTestId("exposed-emulator")).toContainText("The provider emulator");
    await expect(page.getByTestId("exposed-emulator")).toContainText("restart with --emulator 127.0.0.1:");
    await expect(page.getByTestId("exposed-api")).toContainText("restart without --expose-api");
  } finally {
    await stop();
  }
});
