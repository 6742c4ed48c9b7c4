import { expect, test } from "./fixtures";

test("a request POSTed to the receiver appears in the list without a reload, and opens", async ({ page, hookbench }) => {
  await page.goto(hookbench.ui);
  await expect(page.getByTestId("empty-inbox")).toContainText(`curl -X POST ${hookbench.receiver}/default`);
  // The token left the address bar once read.
  await expect.poll(() => page.url()).not.toContain("token=");
  await expect(page.getByText("Listening")).toBeVisible();

  await hookbench.send("/github/push?delivery=42&x=%7B1%7D", {
    headers: { "Content-Type": "application/json", "X-GitHub-Event": "push" },
    body: '{"ref":"refs/heads/main","size":1}',
  });
  const row = page.getByTestId("capture-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("/github/push?delivery=42&x=%7B1%7D");
  await expect(row).toContainText("POST");

  // The first request opens by itself.
  const detail = page.getByTestId("capture-detail");
  await expect(detail.getByTestId("detail-target")).toHaveText("/github/push?delivery=42&x=%7B1%7D");
  await expect(detail.getByTestId("request-side").getByTestId("body")).toContainText('"ref": "refs/heads/main"');
  const request = detail.getByTestId("request-side");
  await request.getByRole("tab", { name: /Headers/ }).click();
  // Names exactly as sent (the client kept the case it was given).
  await expect(request.getByTestId("headers-table")).toContainText("X-GitHub-Event");
  await expect(request.getByTestId("headers-table")).toContainText("push");
  await request.getByRole("tab", { name: "Query" }).click();
  await expect(request.getByTestId("query-table")).toContainText("{1}");
});

test("live arrivals go on top and the keyboard moves through the list", async ({ page, hookbench }) => {
  await hookbench.send("/first", { body: "1" });
  await page.goto(hookbench.ui);
  await expect(page.getByTestId("capture-row")).toHaveCount(1);
  await hookbench.send("/second", { method: "PUT", body: "2" });
  await hookbench.send("/third", { method: "DELETE" });
  await expect(page.getByTestId("capture-row")).toHaveCount(3);
  await expect(page.getByTestId("capture-row").first()).toContainText("/third");

  // The newest request at load time opened by itself; later arrivals did not steal the selection.
  await expect(page.getByTestId("detail-target")).toHaveText("/first");
  await page.getByRole("listbox").focus();
  await page.keyboard.press("k");
  await expect(page.getByTestId("detail-target")).toHaveText("/second");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByTestId("detail-target")).toHaveText("/third");
  await page.keyboard.press("End");
  await expect(page.getByTestId("detail-target")).toHaveText("/first");
  await page.keyboard.press("Home");
  await expect(page.getByTestId("detail-target")).toHaveText("/third");
  await page.keyboard.press("j");
  await expect(page.getByTestId("detail-target")).toHaveText("/second");
  await expect(page.getByRole("listbox").getByRole("option", { selected: true })).toContainText("/second");
});

test("hostile headers and bodies are shown as text and never run", async ({ page, hookbench }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(hookbench.ui);
  const payload = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a>';
  await hookbench.send("/xss?q=<img src=x onerror=alert(4)>", {
    headers: { "Content-Type": "text/html", "X-Evil": '<img src=x onerror="alert(5)">', "X-Link": "javascript:alert(6)" },
    body: payload,
  });
  await expect(page.getByTestId("request-side").getByTestId("body")).toHaveText(payload);
  const request = page.getByTestId("request-side");
  await request.getByRole("tab", { name: /Headers/ }).click();
  await expect(request.getByTestId("headers-table")).toContainText('<img src=x onerror="alert(5)">');
  await expect(request.getByTestId("headers-table")).toContainText("javascript:alert(6)");
  expect(await page.locator("img, script:not([src]), a[href^='javascript']").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("the window follows the system's dark preference", async ({ browser, hookbench }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(hookbench.ui);
  await expect(page.getByTestId("empty-inbox")).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe("rgb(21, 22, 26)");
  await context.close();
});

test("an API call without the token is refused, so the UI cannot be opened from another page", async ({ page, hookbench }) => {
  const api = new URL(hookbench.ui).origin;
  const response = await page.request.get(`${api}/api/captures`);
  expect(response.status()).toBe(401);
});
