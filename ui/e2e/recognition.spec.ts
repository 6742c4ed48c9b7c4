import { execFileSync } from "node:child_process";
import { expect, test, binary, type Hookbench } from "./fixtures";

/** Sends one provider event to the receiver exactly as the provider would (`hookbench send`). */
function send(hookbench: Hookbench, provider: string, event: string, path: string, secret?: string) {
  const args = ["send", "--provider", provider, "--event", event, "--url", hookbench.receiver + path];
  if (secret) args.push("--secret", secret);
  execFileSync(binary, args, { stdio: "ignore" });
}

async function api(hookbench: Hookbench, path: string, body: unknown) {
  const response = await fetch(new URL(path, hookbench.ui), {
    method: "POST",
    headers: { Authorization: `Bearer ${hookbench.token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const SW_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

test("every arrival is named with its provider and event, and its signature state where a secret is saved", async ({ page, hookbench }) => {
  // Secrets saved for providers: no inbox is set up.
  await api(hookbench, "/api/provider-secrets", { provider: "stripe", secret: "whsec_right" });
  await api(hookbench, "/api/provider-secrets", { provider: "github", secret: "gh-right" });
  await api(hookbench, "/api/provider-secrets", { provider: "shopify", secret: "shp-right" });
  send(hookbench, "github", "push", "/default", "gh-right");
  send(hookbench, "stripe", "payment_intent.succeeded", "/default", "whsec_right");
  send(hookbench, "stripe", "charge.refunded", "/default", "whsec_wrong");
  send(hookbench, "shopify", "orders/create", "/default");
  send(hookbench, "slack", "app_mention", "/default", "slack-secret");
  send(hookbench, "standard-webhooks", "invoice.paid", "/default", SW_SECRET);
  send(hookbench, "connectgain", "deal.created", "/default", "cg");
  send(hookbench, "leadsie", "connection.created", "/default");
  await hookbench.send("/default", { headers: { "Content-Type": "application/json" }, body: '{"hello":"world"}' });

  await page.goto(hookbench.ui);
  const rows = page.getByTestId("capture-row");
  await expect(rows).toHaveCount(9);
  const row = (chip: string) => rows.filter({ has: page.getByTestId("provider-chip").filter({ hasText: chip }) });
  const expectations: [string, string | null][] = [
    ["GitHub · push", "valid"],
    ["Stripe · payment_intent.succeeded", "valid"],
    ["Stripe · charge.refunded", "invalid"],
    ["Shopify · orders/create", "unsigned"],
    ["Slack · app_mention", null],
    ["Standard Webhooks · invoice.paid", null],
    ["ConnectGain · deal.created", null],
    ["Leadsie · connection.created", null],
  ];
  for (const [chip, signature] of expectations) {
    await expect(row(chip), chip).toHaveCount(1);
    const state = row(chip).getByTestId("signature-state");
    if (signature) await expect(state, chip).toHaveText(signature);
    else await expect(state, chip).toHaveCount(0);
  }
  // The plain request names nothing.
  await expect(rows.filter({ hasNot: page.getByTestId("provider-chip") })).toHaveCount(1);

  // The chip filters the list; the provider filter shows every event of that provider.
  await row("Stripe · charge.refunded").getByTestId("provider-chip").click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId("event-filter")).toContainText("Stripe · charge.refunded");
  await page.getByTestId("event-filter").getByRole("button").click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("provider-filter")).toHaveValue("stripe");
  await page.getByTestId("provider-filter").selectOption("");
  await expect(rows).toHaveCount(9);
});

test("the check tab starts from the recognised provider and its saved secret; a new check replaces the result", async ({ page, hookbench }) => {
  await api(hookbench, "/api/provider-secrets", { provider: "stripe", secret: "whsec_right" });
  send(hookbench, "stripe", "charge.succeeded", "/default", "whsec_right");
  await page.goto(hookbench.ui);
  await page.getByTestId("capture-row").first().click();
  await expect(page.getByTestId("capture-detail").getByTestId("provider-chip")).toHaveText("Stripe · charge.succeeded");
  await page.getByRole("tab", { name: /^Signature/ }).click();
  await expect(page.getByTestId("check-provider")).toHaveValue("stripe");
  await expect(page.getByTestId("check-provider-why")).toHaveText("Recognised from the request.");
  await expect(page.getByTestId("check-use-saved")).toBeChecked();
  await page.getByTestId("check-run").click();
  await expect(page.getByTestId("signature-verdict")).toHaveText("Signature valid (secret 1)");
  await page.getByTestId("check-use-saved").uncheck();
  await page.getByTestId("check-secret").fill("whsec_wrong");
  await page.getByTestId("check-run").click();
  await expect(page.getByTestId("signature-verdict")).toHaveText("Signature invalid: signature mismatch");
  await expect(page.getByTestId("check-result")).toHaveCount(1);
});

test("the check tab starts from the inbox's verifying provider and secret", async ({ page, hookbench }) => {
  await api(hookbench, "/api/inboxes", { slug: "shop", config: { verify: { provider: "shopify", secrets: ["shp-inbox"] } } });
  send(hookbench, "shopify", "orders/paid", "/shop", "shp-inbox");
  await page.goto(hookbench.ui);
  await page.getByTestId("capture-row").first().click();
  await expect(page.getByTestId("capture-row").first().getByTestId("signature-state")).toHaveText("valid");
  await page.getByRole("tab", { name: /^Signature/ }).click();
  await expect(page.getByTestId("check-provider")).toHaveValue("shopify");
  await expect(page.getByTestId("check-provider-why")).toHaveText("The inbox verifies with this provider.");
  await expect(page.getByTestId("check-secret")).toHaveValue("shp-inbox");
  // The inbox's own check on arrival is shown until a new check replaces it.
  await expect(page.getByTestId("signature-verdict")).toHaveText("Signature valid (secret 1)");
  await page.getByTestId("check-secret").fill("other");
  await page.getByTestId("check-run").click();
  await expect(page.getByTestId("signature-verdict")).toHaveText("Signature invalid: signature mismatch");
  await expect(page.getByTestId("check-result")).toHaveCount(1);
});
