import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Hookbench } from "./fixtures";

/** A consumer on 127.0.0.1:0 that answers every request with `status` and keeps the bodies. */
async function startTarget(status: number): Promise<{ url: string; bodies: string[]; close: () => Promise<void> }> {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      bodies.push(Buffer.concat(chunks).toString());
      res.writeHead(status);
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, bodies, close: () => new Promise((done) => server.close(() => done())) };
}

async function apiCall<T>(hookbench: Hookbench, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, new URL(hookbench.ui).origin), {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${hookbench.token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

test("a new webhook starts with its provider's retries, takes the integrator's own values, and Hookbench's schedule is labelled as Hookbench's", async ({ page, hookbench }) => {
  const target = await startTarget(200);
  try {
    await page.goto(hookbench.ui);
    await page.evaluate(() => { location.hash = "#/webhooks/new?provider=workspace"; });
    const editor = page.getByTestId("webhook-editor");
    await expect(editor.getByTestId("webhook-provider")).toHaveValue("workspace");

    // Retries: the provider's own behaviour is chosen; the standard schedule says whose it is.
    const retry = editor.getByTestId("retry-fields");
    await expect(retry.getByRole("radio", { name: "As Workspace integrations does" })).toHaveAttribute("aria-checked", "true");
    await expect(editor.getByTestId("retry-description")).toContainText("one attempt, no automatic retries");
    await retry.getByRole("radio", { name: "Hookbench standard" }).click();
    await expect(editor.getByTestId("retry-description")).toContainText("Hookbench's schedule (from Standard Webhooks), not the provider's");
    await retry.getByRole("radio", { name: "As Workspace integrations does" }).click();
    await expect(editor.getByTestId("success-rule")).toContainText("counts any 2xx answer as delivered");

    // The values the provider takes from the integrator's connect call.
    const values = editor.getByTestId("provider-values");
    await expect(values).toContainText("Customer id");
    await values.getByTestId("value-customer_id").fill("cus_e2e");
    await values.getByTestId("value-state").fill("signup-e2e");
    await editor.getByTestId("webhook-name").fill("Workspace consumer");
    await editor.getByTestId("webhook-url").fill(target.url);
    await editor.getByTestId("webhook-save").click();
    await expect(page.getByTestId("webhook-row")).toHaveCount(1);

    const [webhook] = await apiCall<{ id: string; values: Record<string, string>; retry: { preset: string } }[]>(hookbench, "/api/webhooks");
    expect(webhook.values).toEqual({ customer_id: "cus_e2e", state: "signup-e2e" });
    expect(webhook.retry).toEqual({ preset: "provider" });
    await apiCall(hookbench, "/api/events", { provider: "workspace", event: "integration_installed" });
    await expect.poll(() => target.bodies.length).toBe(1);
    const body = JSON.parse(target.bodies[0]);
    expect([body.customer_id, body.state, body.payload.state]).toEqual(["cus_e2e", "signup-e2e", "signup-e2e"]);

    // Another provider takes other values: they are not carried over (the editor is still open).
    await editor.getByTestId("webhook-provider").selectOption("stripe");
    await expect(editor.getByTestId("provider-values")).toHaveCount(0);
  } finally {
    await target.close();
  }
});

test("a delivery says what counts as delivered for its provider: Connectly's 204 is a failure", async ({ page, hookbench }) => {
  const target = await startTarget(204);
  try {
    await apiCall(hookbench, "/api/webhooks", { name: "Connectly", provider: "connectly", url: target.url });
    const result = await apiCall<{ deliveries: { id: string }[] }>(hookbench, "/api/events", { provider: "connectly", event: "delivery_status" });
    await page.goto(hookbench.ui);
    await page.evaluate((id) => { location.hash = `#/deliveries/${id}`; }, result.deliveries[0].id);
    const detail = page.getByTestId("delivery-detail");
    await expect(detail.getByTestId("delivery-status")).toHaveText("Failed");
    await expect(detail.getByTestId("delivery-success-rule")).toHaveText("the answer is 200: Connectly counts any other status as a failure");
    await expect(detail.getByTestId("delivery-last-error")).toHaveText("HTTP 204 No Content: Connectly counts only 200 as delivered");
    await expect(detail.getByTestId("timeline-item").locator(".status")).toHaveClass(/client-error/);
  } finally {
    await target.close();
  }
});
