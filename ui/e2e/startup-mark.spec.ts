import { expect, test } from "./fixtures";

// `make bench-desktop` times the window's start-up to the `hookbench:content` mark: it must be
// set only once the first screen shows what a user opened the app for, never "Loading…".

declare global {
  interface Window {
    atContentMark?: { rows: string[]; detail: string | null; busy: number; label: string | null; empty: string | null };
  }
}

/** Records what the page shows at the very moment the mark is set. */
async function watchTheMark(page: import("@playwright/test").Page) {
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === "hookbench:content") {
        window.atContentMark = {
          rows: [...document.querySelectorAll('[data-testid="capture-row"] .path')].map((e) => e.textContent ?? ""),
          detail: document.querySelector('[data-testid="detail-target"]')?.textContent ?? null,
          busy: document.querySelectorAll('[aria-busy="true"]').length,
          label: document.querySelector(".listening .label")?.textContent ?? null,
          empty: document.querySelector('section[aria-label="Captured requests"] .pane-message')?.textContent ?? null,
        };
      }
      return mark(name, options);
    };
  });
}

test("the start-up mark waits for the latest captures and the newest one opened", async ({ page, hookbench }) => {
  for (const path of ["/first", "/second", "/third"]) await hookbench.send(path, { body: "{}" });
  await watchTheMark(page);
  await page.goto(hookbench.ui);
  const seen = await page.waitForFunction(() => window.atContentMark).then((handle) => handle.jsonValue());
  expect(seen?.rows.slice(0, 3)).toEqual(["/third", "/second", "/first"]);
  expect(seen?.detail).toBe("/third");
  expect(seen?.busy).toBe(0);
  expect(seen?.label).toBe("Listening");
  expect(await page.evaluate(() => performance.getEntriesByName("hookbench:content").length)).toBe(1);
});

test("with nothing captured yet, the start-up mark waits for the empty inbox", async ({ page, hookbench }) => {
  await watchTheMark(page);
  await page.goto(hookbench.ui);
  const seen = await page.waitForFunction(() => window.atContentMark).then((handle) => handle.jsonValue());
  expect(seen?.rows).toEqual([]);
  expect(seen?.empty).toBe("No requests yet.");
  expect(seen?.busy).toBe(0);
  expect(seen?.label).toBe("Listening");
  await expect(page.getByTestId("receiver-url")).toHaveText(hookbench.receiver);
});
