import { describe, expect, it } from "vitest";

import type { Capture } from "./bindings/Capture";
import { curlCommand, curlForSentRequest, printfQuote, quote } from "./curl";

const bytes = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function capture(overrides: Partial<Capture> = {}): Capture {
  return {
    http_version: "HTTP/1.1",
    remote_addr: "127.0.0.1:5000",
    headers: [],
    body: { encoding: "utf8", data: "" },
    response: { status: 200, headers: [], body: { encoding: "utf8", data: "" } },
    id: "01J00000000000000000000000",
    inbox: "default",
    received_at: 0,
    method: "POST",
    path: "/hook",
    query: null,
    body_size: 0,
    content_type: null,
    response_status: 200,
    signature: null,
    provider: null,
    event: null,
    check: null,
    ...overrides,
  };
}

/**
 * Decodes one shell word the way bash does, for the two forms `quote` produces: '…' (nothing is
 * special) and $'…' (backslash escapes). A reference to check round trips without a shell; the
 * e2e test checks the same with a real bash.
 */
function unquote(word: string): Uint8Array {
  if (word.startsWith("'")) {
    expect(word.endsWith("'") && !word.slice(1, -1).includes("'")).toBe(true);
    return latin1(word.slice(1, -1));
  }
  expect(word.startsWith("$'") && word.endsWith("'")).toBe(true);
  const inner = word.slice(2, -1);
  const out: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    expect(c === "'" || c === "!" || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) > 0x7e).toBe(false);
    if (c !== "\\") {
      out.push(c.charCodeAt(0));
    } else if (inner[i + 1] === "\\") {
      out.push(0x5c);
      i += 1;
    } else {
      expect(inner.slice(i + 1, i + 2)).toBe("x");
      out.push(parseInt(inner.slice(i + 2, i + 4), 16));
      i += 3;
    }
  }
  return Uint8Array.from(out);
}

describe("quote", () => {
  it("keeps plain printable ASCII in single quotes, where $, backticks and ! are inert", () => {
    expect(quote(bytes("abc"))).toBe("'abc'");
    expect(quote(bytes(""))).toBe("''");
    expect(quote(bytes("$HOME `id` $(id) !! \"x\""))).toBe("'$HOME `id` $(id) !! \"x\"'");
  });

  it("uses ANSI-C quotes for single quotes, backslashes and every non-printable byte", () => {
    expect(quote(bytes("it's"))).toBe("$'it\\x27s'");
    expect(quote(bytes("a\\b'"))).toBe("$'a\\\\b\\x27'");
    expect(quote(bytes("line1\nline2\r\n\t"))).toBe("$'line1\\x0aline2\\x0d\\x0a\\x09'");
    // Once in $'…', ! is escaped too, so no history expansion can see it.
    expect(quote(bytes("it's $x `y` !z"))).toBe("$'it\\x27s $x `y` \\x21z'");
    expect(quote(Uint8Array.of(0x00, 0xff, 0x41))).toBe("$'\\x00\\xffA'");
    expect(quote(bytes("🎉é"))).toBe("$'\\xf0\\x9f\\x8e\\x89\\xc3\\xa9'");
  });

  it("never lets a hex digit after an escape join it", () => {
    expect(quote(Uint8Array.of(0x0a, 0x41, 0x42, 0x43))).toBe("$'\\x0aABC'");
    expect(unquote(quote(Uint8Array.of(0x0a, 0x66, 0x66)))).toEqual(Uint8Array.of(0x0a, 0x66, 0x66));
  });

  it("round-trips every byte value", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(unquote(quote(all))).toEqual(all);
    const printable = Uint8Array.from({ length: 0x5f }, (_, i) => i + 0x20);
    expect(unquote(quote(printable))).toEqual(printable);
  });

  it("quotes for printf %b with no quote, no \\c and no bare backslash", () => {
    const word = printfQuote(Uint8Array.of(0x00, 0x27, 0x5c, 0x63, 0x25, 0x21, 0xff));
    expect(word).toBe("'\\x00\\x27\\\\c%!\\xff'");
  });
});

describe("curlCommand", () => {
  it("reproduces a plain JSON POST", () => {
    const c = capture({
      path: "/github/push",
      query: "delivery=42",
      headers: [
        { name: "host", value: "127.0.0.1:8787" },
        { name: "user-agent", value: "GitHub-Hookshot/abc" },
        { name: "content-type", value: "application/json" },
        { name: "x-github-event", value: "push" },
        { name: "content-length", value: "8" },
      ],
      body: { encoding: "utf8", data: '{"a":1}\n' },
    });
    expect(curlCommand(c, "http://127.0.0.1:8787/")).toBe(
      [
        "curl",
        "-X 'POST'",
        "--http1.1",
        "'http://127.0.0.1:8787/github/push?delivery=42'",
        "-H 'user-agent: GitHub-Hookshot/abc'",
        "-H 'content-type: application/json'",
        "-H 'x-github-event: push'",
        "-H 'content-length: 8'",
        "-H 'Accept:'",
        "--data-binary $'{\"a\":1}\\x0a'",
      ].join(" \\\n  "),
    );
  });

  it("keeps repeats in order, sends empty values with ';' and raw bytes from raw_base64", () => {
    const c = capture({
      method: "GET",
      headers: [
        { name: "x-sig", value: "a" },
        { name: "x-sig", value: "b'c" },
        { name: "x-empty", value: "" },
        { name: "x-latin", value: "caf\ufffd", raw_base64: "Y2Fm6Q==" },
        { name: "connection", value: "keep-alive" },
        { name: "transfer-encoding", value: "chunked" },
      ],
    });
    const command = curlCommand(c, "http://h:1");
    expect(command).toContain("-H 'x-sig: a' \\\n  -H $'x-sig: b\\x27c' \\\n  -H 'x-empty;'");
    expect(command).toContain("-H $'x-latin: caf\\xe9'");
    expect(command).not.toMatch(/connection|transfer-encoding|--data-binary|Content-Type:/);
    expect(command).toContain("-H 'User-Agent:' \\\n  -H 'Accept:'");
  });

  it("quotes the URL so bash expands nothing and curl globs and squashes nothing", () => {
    const c = capture({ method: "GET", path: "/a/../b/./c", query: "x=$(id)&y=`id`&z='!'&g[0]={1}" });
    const command = curlCommand(c, "http://h:1");
    expect(command).toContain("--globoff");
    expect(command).toContain("--path-as-is");
    expect(command).toContain("$'http://h:1/a/../b/./c?x=$(id)&y=`id`&z=\\x27\\x21\\x27&g[0]={1}'");
    expect(curlCommand(capture({ path: "/a..b/.well-known" }), "http://h:1")).not.toMatch(/path-as-is|globoff/);
  });

  it("keeps an empty query's '?' and writes OPTIONS * as a request target", () => {
    expect(curlCommand(capture({ path: "/e", query: "" }), "http://h:1")).toContain("'http://h:1/e?'");
    const star = curlCommand(capture({ method: "OPTIONS", path: "*" }), "http://h:1");
    expect(star).toContain("'http://h:1' \\\n  --request-target '*'");
  });

  it("sends an empty body only when the original announced a length", () => {
    const empty = capture({ headers: [{ name: "content-length", value: "0" }] });
    expect(curlCommand(empty, "http://h:1")).toContain("-H 'Content-Type:' \\\n  --data-binary ''");
    expect(curlCommand(capture(), "http://h:1")).not.toContain("--data-binary");
  });

  it("sends a body with NUL, or one starting with @, through printf", () => {
    const nul = capture({ body: { encoding: "base64", data: btoa("a\u0000\u00ff'\\") } });
    const command = curlCommand(nul, "http://h:1");
    expect(command.startsWith("printf '%b' 'a\\x00\\xff\\x27\\\\' | curl \\\n")).toBe(true);
    expect(command.endsWith("--data-binary @-")).toBe(true);
    const at = curlCommand(capture({ body: { encoding: "utf8", data: "@/etc/passwd" } }), "http://h:1");
    expect(at.startsWith("printf '%b' '@/etc/passwd' | curl")).toBe(true);
    expect(at).not.toContain("--data-binary '@");
  });

  it("suppresses Expect above 1 KiB and pipes bodies too large for one argument", () => {
    const large = capture({ body: { encoding: "utf8", data: "x".repeat(70 * 1024) } });
    const command = curlCommand(large, "http://h:1");
    expect(command).toContain("-H 'Expect:'");
    expect(command).toContain("--data-binary @-");
    expect(curlCommand(capture({ body: { encoding: "utf8", data: "x".repeat(1024) } }), "http://h:1")).not.toContain("Expect:");
  });

  it("uses --head for HEAD and the capture's protocol version", () => {
    expect(curlCommand(capture({ method: "HEAD" }), "http://h:1")).toContain("curl \\\n  --head \\\n");
    expect(curlCommand(capture({ http_version: "HTTP/1.0" }), "http://h:1")).toContain("--http1.0");
    expect(curlCommand(capture({ http_version: "HTTP/2.0" }), "http://h:1")).toContain("--http2-prior-knowledge");
  });

  it("skips header names that are not HTTP tokens", () => {
    const c = capture({ headers: [{ name: "@file", value: "x" }, { name: "x ok", value: "y" }] });
    expect(curlCommand(c, "http://h:1")).not.toMatch(/@file|x ok/);
  });

  it("sends a delivery attempt's request again to its URL, as it was written", () => {
    const command = curlForSentRequest({
      method: "POST",
      url: "https://example.test:8443/hooks/in?x=[1]",
      headers: [
        { name: "Host", value: "example.test:8443" },
        { name: "Content-Type", value: "application/json" },
        { name: "Content-Length", value: "11" },
        { name: "X-Signature", value: "t=1,v1=ab'c" },
      ],
      body: { encoding: "utf8", data: '{"a":"b!"}\n' },
    });
    expect(command).toBe(
      [
        "curl",
        "-X 'POST'",
        "--http1.1",
        "--globoff",
        "'https://example.test:8443/hooks/in?x=[1]'",
        "-H 'Content-Type: application/json'",
        "-H 'Content-Length: 11'",
        "-H $'X-Signature: t=1,v1=ab\\x27c'",
        "-H 'User-Agent:'",
        "-H 'Accept:'",
        "--data-binary $'{\"a\":\"b\\x21\"}\\x0a'",
      ].join(" \\\n  "),
    );
    expect(curlForSentRequest({ method: "POST", url: "http://h:1", headers: [], body: { encoding: "utf8", data: "" } })).toContain("'http://h:1/'");
  });
});
