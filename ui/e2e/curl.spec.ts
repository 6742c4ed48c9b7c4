// "Copy as cURL" against a real receiver: the command, run by bash, must send the same request.
// No page: the test talks to the receiver and the API directly and runs curl with child_process.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Capture } from "../src/bindings/Capture";
import type { CaptureList } from "../src/bindings/CaptureList";
import { bodyBytes, curlCommand, headerBytes, printfQuote, quote } from "../src/curl";
import { expect, test, type Hookbench } from "./fixtures";

async function apiGet<T>(hookbench: Hookbench, path: string): Promise<T> {
  const ui = new URL(hookbench.ui);
  const response = await fetch(`${ui.origin}${path}`, { headers: { Authorization: `Bearer ${hookbench.token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const fetchCapture = (hookbench: Hookbench, id: string) => apiGet<Capture>(hookbench, `/api/captures/${encodeURIComponent(id)}`);

/** Writes exact request bytes to the receiver and returns the id of the capture they made. */
async function sendRaw(hookbench: Hookbench, request: Buffer): Promise<string> {
  const { hostname, port } = new URL(hookbench.receiver);
  const answer = await new Promise<string>((done, fail) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", fail);
    socket.on("end", () => done(Buffer.concat(chunks).toString("latin1")));
    // Not end(): the receiver drops a connection whose client half-closed before the answer.
    socket.write(request);
  });
  expect(answer).toMatch(/^HTTP\/1\.[01] 200 /);
  return newest(hookbench);
}

/** The id of the newest capture (an answer to HEAD has no body to read it from). */
async function newest(hookbench: Hookbench): Promise<string> {
  return (await apiGet<CaptureList>(hookbench, "/api/captures?limit=1")).captures[0].id;
}

/** Runs a command with bash, as a user pasting it would; big commands go through a script file. */
function bash(command: string): Buffer {
  const options = { maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] as ("ignore" | "pipe")[] };
  // Linux limits one argument to 128 KiB, so `bash -c` cannot take a very large command.
  if (command.length < 100_000) return execFileSync("bash", ["-c", command], options);
  const dir = mkdtempSync(join(tmpdir(), "hookbench-curl-"));
  try {
    writeFileSync(join(dir, "replay.sh"), command);
    return execFileSync("bash", [join(dir, "replay.sh")], options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs Copy as cURL for a capture and checks the receiver got the same request again. */
async function expectReplayIdentical(hookbench: Hookbench, id: string): Promise<Capture> {
  const first = await fetchCapture(hookbench, id);
  bash(curlCommand(first, hookbench.receiver));
  const second = await fetchCapture(hookbench, await newest(hookbench));
  expect(second.id).not.toBe(first.id);
  expect(second.method).toBe(first.method);
  expect(second.path).toBe(first.path);
  expect(second.query).toBe(first.query);
  expect(second.http_version).toBe(first.http_version);
  // Connection and Transfer-Encoding are hop-by-hop and left out on purpose (see curl.ts);
  // Host and Content-Length are derived by curl and must come back with the same values.
  const hopByHop = new Set(["connection", "transfer-encoding"]);
  const expected = first.headers.filter((h) => !hopByHop.has(h.name.toLowerCase()));
  // curl always writes its own Host first as `Host` (see curl.ts): compare that name case-blind.
  const name = (h: Capture["headers"][number]) => (h.name.toLowerCase() === "host" ? "host" : h.name);
  const listed = (c: { headers: Capture["headers"] }) => c.headers.map((h) => [name(h), Buffer.from(headerBytes(h)).toString("hex")]);
  expect(listed(second)).toEqual(listed({ headers: expected }));
  expect(Buffer.from(bodyBytes(second.body)).equals(Buffer.from(bodyBytes(first.body)))).toBe(true);
  expect(second.body_size).toBe(first.body_size);
  return first;
}

const TRICKY_TEXT = "line1\nit's \"q\" \\ $HOME `id` $(id) !! \t🎉 ü\r\n%s %b \\x41 \\c end";

test("bash passes every quoted byte through unchanged", () => {
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const withoutNul = all.subarray(1);
  expect(bash(`printf '%s' ${quote(withoutNul)}`).equals(withoutNul)).toBe(true);
  expect(bash(`printf '%b' ${printfQuote(all)}`).equals(all)).toBe(true);
  const text = Buffer.from(TRICKY_TEXT);
  expect(bash(`printf '%s' ${quote(text)}`).equals(text)).toBe(true);
});

test("Copy as cURL reproduces a request sent with fetch", async ({ hookbench }) => {
  const id = await hookbench.send("/curl/fetch?x=%7B1%7D&q='$(id)'&g[0]={a,b}&bang=!!", {
    headers: {
      "X-Quote": "it's \"q\" \\ $HOME `id` $(id) !!",
      "Content-Type": "text/plain; charset=utf-8",
      "X-Signature": "sha256=abc",
    },
    body: TRICKY_TEXT,
  });
  const first = await expectReplayIdentical(hookbench, id);
  expect(first.headers.map((h) => h.name)).toContain("user-agent");
});

test("Copy as cURL reproduces raw bytes, repeats, empty values and odd targets", async ({ hookbench }) => {
  const { host } = new URL(hookbench.receiver);
  const crlf = (lines: string[]) => Buffer.from(lines.map((l) => `${l}\r\n`).join(""), "latin1");
  const body = Buffer.concat([Buffer.from("nul:"), Buffer.from([0, 0xff, 0xfe, 0x0a]), Buffer.from("it's \\ `x` !! 🎉")]);
  const raw = Buffer.concat([
    crlf([
      "POST /curl/raw/./a/../b?s='$(id)'&g[1]={2}&e=%zz&&x=`y`! HTTP/1.1",
      `Host: ${host}`,
      "X-Repeat: one",
      "X-Repeat: two 'quoted'",
      "X-Empty:",
      "X-Latin: caf\u00e9 \u00ff!",
      "X-Quote: it's \"q\" \\ $HOME `id` !!",
      "Content-Type: application/octet-stream",
      "Connection: close",
      `Content-Length: ${body.length}`,
      "",
    ]),
    body,
  ]);
  const first = await expectReplayIdentical(hookbench, await sendRaw(hookbench, raw));
  // Names are stored as sent (the receiver keeps their case).
  expect(first.headers.find((h) => h.name === "X-Latin")?.raw_base64).toBeDefined();
  expect(first.headers.some((h) => ["user-agent", "accept"].includes(h.name.toLowerCase()))).toBe(false);

  // HTTP/1.0, a body that starts with @ (a file name to curl), no Content-Type.
  const at = Buffer.from("@/etc/hostname");
  const old = Buffer.concat([crlf(["POST /curl/at?empty= HTTP/1.0", `Host: ${host}`, `Content-Length: ${at.length}`, ""]), at]);
  expect((await expectReplayIdentical(hookbench, await sendRaw(hookbench, old))).http_version).toBe("HTTP/1.0");

  // GET with an announced empty body and an empty query; OPTIONS *; HEAD.
  const get = crlf(["GET /curl/get? HTTP/1.1", `Host: ${host}`, "Accept: */*", "Content-Length: 0", "Connection: close", ""]);
  expect((await expectReplayIdentical(hookbench, await sendRaw(hookbench, get))).query).toBe("");
  const star = crlf(["OPTIONS * HTTP/1.1", `Host: ${host}`, "Connection: close", ""]);
  expect((await expectReplayIdentical(hookbench, await sendRaw(hookbench, star))).path).toBe("*");
  const head = crlf(["HEAD /curl/head HTTP/1.1", `Host: ${host}`, "User-Agent: probe/1", "Connection: close", ""]);
  await expectReplayIdentical(hookbench, await sendRaw(hookbench, head));
});

test("Copy as cURL reproduces a body above curl's Expect threshold and the argument limit", async ({ hookbench }) => {
  const chunk = "é'\\$`!{}\n";
  const id = await hookbench.send("/curl/large", {
    headers: { "Content-Type": "text/plain" },
    body: chunk.repeat(Math.ceil((1200 * 1024) / chunk.length)),
  });
  const first = await expectReplayIdentical(hookbench, id);
  expect(first.body_size).toBeGreaterThan(1024 * 1024);
});
