import { describe, expect, it } from "vitest";
import { takeToken } from "./api";

function fakeWindow(href: string) {
  const url = new URL(href);
  const store = new Map<string, string>();
  const replaced: string[] = [];
  const location = { hash: url.hash, search: url.search, pathname: url.pathname } as Location;
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  } as Storage;
  const history = { replaceState: (_s: unknown, _t: string, u: string) => void replaced.push(u) } as History;
  return { location, storage, history, replaced };
}

describe("takeToken", () => {
  it("takes the token from the fragment and removes it from the address bar", () => {
    const w = fakeWindow("http://127.0.0.1:8788/?x=1#token=def");
    expect(takeToken(w.location, w.storage, w.history)).toBe("def");
    expect(w.replaced).toEqual(["/?x=1"]);
  });

  it("ignores a token in the query string", () => {
    const w = fakeWindow("http://127.0.0.1:8788/?token=abc");
    expect(takeToken(w.location, w.storage, w.history)).toBeNull();
  });

  it("keeps the token for reloads of the same tab", () => {
    const w = fakeWindow("http://127.0.0.1:8788/#token=abc");
    takeToken(w.location, w.storage, w.history);
    const reload = fakeWindow("http://127.0.0.1:8788/");
    const again = takeToken(reload.location, w.storage, reload.history);
    expect(again).toBe("abc");
  });
});
