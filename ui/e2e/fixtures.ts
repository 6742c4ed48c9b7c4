import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { test as base } from "@playwright/test";

export interface Hookbench {
  receiver: string;
  /** The provider emulator (`emulator http://...`). */
  emulator: string;
  ui: string;
  /** The API token, from the `#token=` fragment of the printed `ui` address. */
  token: string;
  /** POSTs (or sends `method`) to the receiver and returns the capture id. */
  send: (path: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<string>;
}

export const binary = process.env.HOOKBENCH_BIN ?? fileURLToPath(new URL("../../target/debug/hookbench", import.meta.url));

/** Where each server listens (free loopback ports by default) and any further `serve` flags. */
export interface ServeOptions {
  receiver?: string;
  api?: string;
  emulator?: string;
  extra?: string[];
}

/** A fresh `hookbench serve` on free ports with its own data directory, per test. */
export async function startHookbench(options: ServeOptions = {}): Promise<{ hookbench: Hookbench; stop: () => Promise<void> }> {
  const data = mkdtempSync(join(tmpdir(), "hookbench-e2e-"));
  const { receiver: receiverAddr = "127.0.0.1:0", api: apiAddr = "127.0.0.1:0", emulator: emulatorAddr = "127.0.0.1:0", extra = [] } = options;
  const args = ["serve", "--receiver", receiverAddr, "--api", apiAddr, "--emulator", emulatorAddr, ...extra, "--data", data];
  const child: ChildProcess = spawn(binary, args, {
    stdio: ["ignore", "pipe", "inherit"],
    // The same key storage on every machine: a key file, never the developer's keychain.
    env: { ...process.env, HOOKBENCH_NO_KEYCHAIN: "1" },
  });
  const lines = createInterface({ input: child.stdout! });
  const printed = new Map<string, string>();
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error("hookbench serve printed nothing within 10 s")), 10_000);
    child.once("exit", (code) => fail(new Error(`hookbench serve exited with ${code}`)));
    lines.on("line", (line) => {
      const [key, value] = line.split(" ", 2);
      printed.set(key, value);
      if (printed.has("receiver") && printed.has("ui") && printed.has("data") && printed.has("emulator")) {
        clearTimeout(timer);
        done();
      }
    });
  });
  const receiver = printed.get("receiver")!;
  const hookbench: Hookbench = {
    receiver,
    emulator: printed.get("emulator")!,
    ui: printed.get("ui")!,
    token: new URLSearchParams(new URL(printed.get("ui")!).hash.slice(1)).get("token")!,
    send: async (path, init = {}) => {
      const response = await fetch(receiver + path, { method: init.method ?? "POST", headers: init.headers, body: init.body });
      if (response.status !== 200) throw new Error(`receiver answered ${response.status}`);
      return ((await response.json()) as { captured: string }).captured;
    },
  };
  const stop = async () => {
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
    rmSync(data, { recursive: true, force: true });
  };
  return { hookbench, stop };
}

export const test = base.extend<{ hookbench: Hookbench }>({
  hookbench: async ({}, use) => {
    const { hookbench, stop } = await startHookbench();
    await use(hookbench);
    await stop();
  },
});

export { expect } from "@playwright/test";
