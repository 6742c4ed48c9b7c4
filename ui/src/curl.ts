// "Copy as cURL": a bash command that sends a captured request again, byte for byte.
//
// Everything captured is untrusted: every byte that reaches the command is quoted so that bash
// passes it to curl unchanged (no expansion, no history expansion, no command substitution) and
// so that curl passes it to the wire unchanged (no globbing, no path squashing, no `@file`).

import type { Body } from "./bindings/Body";
import type { Capture } from "./bindings/Capture";
import type { Header } from "./bindings/Header";
import type { SentRequest } from "./bindings/SentRequest";

/**
 * Headers left out of the command:
 * - `host`: curl always writes its own `Host:` first, with the URL's host, whatever `-H` says
 *   (checked with curl 7.88): the value comes back the same, the name as `Host`.
 * - `connection`: hop-by-hop; it describes the original client's connection, not the message,
 *   and curl manages its own connection.
 * - `transfer-encoding`: hop-by-hop framing. The capture stores the decoded body, which curl
 *   sends with a Content-Length instead of chunks.
 * Content-Length is sent with `-H` exactly as captured (name case and position included): curl
 * then sends it instead of its own. Edit the body in the command and edit it too.
 */
export const DROPPED_HEADERS: ReadonlySet<string> = new Set(["host", "connection", "transfer-encoding"]);

/** Above this many characters a quoted body goes through a pipe: Linux caps one argument at 128 KiB. */
const MAX_BODY_ARGUMENT = 64 * 1024;

/** Older curls add `Expect: 100-continue` above 1 KiB of body, 7.87+ above 1 MiB. */
const EXPECT_THRESHOLD = 1024;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** What a command is made of: where it goes, and the request's parts as they were. */
interface Exchange {
  method: string;
  httpVersion: string;
  /** `http://host:port`, no trailing slash. */
  base: string;
  /** The request target: path and query, or `*`. */
  target: string;
  path: string;
  headers: Header[];
  body: Body;
}

export function curlCommand(capture: Capture, receiverBaseUrl: string): string {
  return command({
    method: capture.method,
    httpVersion: capture.http_version,
    base: receiverBaseUrl.replace(/\/+$/, ""),
    target: capture.query === null ? capture.path : `${capture.path}?${capture.query}`,
    path: capture.path,
    headers: capture.headers,
    body: capture.body,
  });
}

/** The command for a request Hookbench sent (a delivery attempt), to its URL as it was. */
export function curlForSentRequest(request: SentRequest, httpVersion = "HTTP/1.1"): string {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*)([^#]*)/.exec(request.url);
  const base = match ? match[1] : request.url;
  const target = match && match[2] ? match[2] : "/";
  return command({
    method: request.method,
    httpVersion,
    base,
    target,
    path: target.split("?")[0],
    headers: request.headers,
    body: request.body,
  });
}

function command(exchange: Exchange): string {
  const { base, target } = exchange;
  const parts: string[] = ["curl"];

  const body = bodyBytes(exchange.body);
  const has = (name: string) => exchange.headers.some((h) => h.name.toLowerCase() === name);
  // An empty body still goes out as `--data-binary ''` when the original announced its length,
  // so that curl sends `Content-Length: 0` too.
  const sendsData = body.length > 0 || has("content-length");

  const method = exchange.method;
  // `-X HEAD` would make curl wait for the body the answer announces; `--head` does not.
  if (method === "HEAD" && !sendsData) parts.push("--head");
  else parts.push(`-X ${quote(utf8(method))}`);

  if (exchange.httpVersion === "HTTP/1.1") parts.push("--http1.1");
  else if (exchange.httpVersion === "HTTP/1.0") parts.push("--http1.0");
  else if (exchange.httpVersion === "HTTP/2.0") parts.push(base.startsWith("https:") ? "--http2" : "--http2-prior-knowledge");

  if (target.startsWith("/")) {
    // Without these curl would expand `[a-b]`/`{a,b}` and squash `/./` and `/../`.
    if (/[[\]{}]/.test(target)) parts.push("--globoff");
    if (/(^|\/)\.\.?(\/|$)/.test(exchange.path)) parts.push("--path-as-is");
    parts.push(quote(utf8(base + target)));
  } else {
    // `*` (OPTIONS *) and anything else that is not a path cannot be written as a URL.
    parts.push(quote(utf8(base)), `--request-target ${quote(utf8(target))}`);
  }

  for (const header of exchange.headers) {
    const name = header.name;
    if (DROPPED_HEADERS.has(name.toLowerCase()) || !TOKEN.test(name)) continue;
    const value = headerBytes(header);
    // `-H 'Name:'` tells curl to remove a header; `-H 'Name;'` sends it with an empty value.
    const line = value.length === 0 ? utf8(`${name};`) : concat(utf8(`${name}: `), value);
    parts.push(`-H ${quote(line)}`);
  }
  // Suppress what curl would add on its own that the original did not send.
  if (!has("user-agent")) parts.push("-H 'User-Agent:'");
  if (!has("accept")) parts.push("-H 'Accept:'");
  if (sendsData && !has("content-type")) parts.push("-H 'Content-Type:'");
  if (body.length > EXPECT_THRESHOLD && !has("expect")) parts.push("-H 'Expect:'");

  if (!sendsData) return join(parts);
  const quoted = quote(body);
  // `--data-binary` cannot carry a NUL (arguments are C strings), reads a file when the data
  // starts with `@`, and is limited in size as an argument: those bodies go through a pipe from
  // bash's built-in printf, which writes every `\xHH` as that byte, NUL included.
  if (body.includes(0) || body[0] === 0x40 || quoted.length > MAX_BODY_ARGUMENT) {
    parts.push("--data-binary @-");
    parts[0] = `printf '%b' ${printfQuote(body)} | curl`;
    return join(parts);
  }
  parts.push(`--data-binary ${quoted}`);
  return join(parts);
}

function join(parts: string[]): string {
  return parts.join(" \\\n  ");
}

/**
 * Quotes bytes for bash. Printable ASCII without `'` goes in single quotes (where nothing is
 * special, not even `!`); anything else in ANSI-C quotes `$'…'`, with `\` as `\\` and `'`, `!`
 * and every byte outside printable ASCII as `\xHH` (always two digits, so a following hex
 * letter is never taken into the escape). A NUL cannot be expressed: bash would cut the word
 * there; callers send such data another way.
 */
export function quote(bytes: Uint8Array): string {
  if (bytes.every((b) => b >= 0x20 && b < 0x7f && b !== 0x27)) {
    let plain = "'";
    for (const b of bytes) plain += String.fromCharCode(b);
    return plain + "'";
  }
  let out = "$'";
  for (const b of bytes) {
    if (b === 0x5c) out += "\\\\";
    else if (b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x21) out += String.fromCharCode(b);
    else out += hex(b);
  }
  return out + "'";
}

/** Bytes as a single-quoted argument for `printf '%b'`: `\` as `\\`, the rest as `\xHH`. */
export function printfQuote(bytes: Uint8Array): string {
  let out = "'";
  for (const b of bytes) {
    if (b === 0x5c) out += "\\\\";
    else if (b >= 0x20 && b < 0x7f && b !== 0x27) out += String.fromCharCode(b);
    else out += hex(b);
  }
  return out + "'";
}

function hex(b: number): string {
  return `\\x${b.toString(16).padStart(2, "0")}`;
}

export function bodyBytes(body: Body): Uint8Array {
  return body.encoding === "base64" ? base64Bytes(body.data) : new TextEncoder().encode(body.data);
}

/** The exact bytes of a header value: `raw_base64` when the value was not UTF-8. */
export function headerBytes(header: Header): Uint8Array {
  return header.raw_base64 !== undefined ? base64Bytes(header.raw_base64) : new TextEncoder().encode(header.value);
}

function base64Bytes(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Text as UTF-8 bytes (method, URL and names are ASCII on the wire). */
function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
