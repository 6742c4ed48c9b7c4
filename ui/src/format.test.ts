import { describe, expect, it } from "vitest";
import { formatBytes, hexDump, prettyJson, relativeTime, statusClass } from "./format";

describe("format", () => {
  it("shows sizes in human units", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(25 * 1024 * 1024)).toBe("25 MiB");
  });

  it("shows times relative to now", () => {
    const now = 1_700_000_000_000;
    expect(relativeTime(now - 1000, now)).toBe("just now");
    expect(relativeTime(now - 42_000, now)).toBe("42 s ago");
    expect(relativeTime(now - 5 * 60_000, now)).toBe("5 min ago");
    expect(relativeTime(now - 3 * 3_600_000, now)).toBe("3 h ago");
    expect(relativeTime(now - 3 * 86_400_000, now)).toBe("2023-11-11");
  });

  it("colours statuses by class, transport errors as server errors", () => {
    expect(statusClass(204)).toBe("ok");
    expect(statusClass(301)).toBe("redirect");
    expect(statusClass(429)).toBe("client-error");
    expect(statusClass(503)).toBe("server-error");
    expect(statusClass(0)).toBe("server-error");
  });

  it("pretty-prints JSON and refuses non-JSON", () => {
    expect(prettyJson('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyJson("<script>")).toBeNull();
  });

  it("dumps binary as hex with printable ASCII", () => {
    expect(hexDump(btoa("AB\u0000\u00ff"))).toBe("00000000  41 42 00 ff" + " ".repeat(36) + "  AB..");
  });
});
