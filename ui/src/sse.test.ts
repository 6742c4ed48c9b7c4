import { describe, expect, it } from "vitest";
import { SseParser, type SseMessage } from "./sse";

function parse(chunks: string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const parser = new SseParser((m) => messages.push(m));
  chunks.forEach((c) => parser.push(c));
  return messages;
}

describe("SseParser", () => {
  it("parses named events with JSON data", () => {
    expect(parse(['event: capture.stored\ndata: {"a":1}\n\n'])).toEqual([
      { event: "capture.stored", data: '{"a":1}' },
    ]);
  });

  it("reassembles a message split across arbitrary chunks, including CRLF split in two", () => {
    const text = "event: ready\r\ndata: {}\r\n\r\nevent: x\r\ndata: 1\r\n\r\n";
    for (let cut = 1; cut < text.length; cut++) {
      expect(parse([text.slice(0, cut), text.slice(cut)])).toEqual([
        { event: "ready", data: "{}" },
        { event: "x", data: "1" },
      ]);
    }
  });

  it("ignores keep-alive comments and joins multi-line data", () => {
    expect(parse([":\n\n", "data: a\ndata: b\n\n"])).toEqual([{ event: "message", data: "a\nb" }]);
  });

  it("does not emit an unfinished message", () => {
    expect(parse(["event: x\ndata: 1\n"])).toEqual([]);
  });
});
