import { describe, expect, it } from "vitest";
import type { Status } from "../bindings/Status";
import { exposedServers } from "./exposure";

const local: Status = {
  version: "0.1.0",
  receiver_url: "http://127.0.0.1:8787",
  receiver_exposed: false,
  data_dir: "/data",
  max_body: 1024,
  secrets_at_rest: "keychain",
  secrets_in_keychain: true,
  emulator_url: "http://127.0.0.1:8789",
  emulator_exposed: false,
  api_exposed: false,
};

describe("exposed servers", () => {
  it("names nothing when every server listens on loopback", () => {
    expect(exposedServers(local, "8788")).toEqual([]);
  });

  it("names each exposed server and how to go back to loopback", () => {
    const all = exposedServers(
      { ...local, receiver_url: "http://0.0.0.0:8787", receiver_exposed: true, emulator_url: "http://0.0.0.0:9001", emulator_exposed: true, api_exposed: true },
      "8788",
    );
    expect(all.map((e) => e.server)).toEqual(["receiver", "emulator", "api"]);
    expect(all[0].text).toContain("http://0.0.0.0:8787");
    expect(all[0].text).toContain("127.0.0.1 in Settings → Receiver");
    expect(all[1].text).toContain("--emulator 127.0.0.1:9001");
    expect(all[2].text).toContain("without --expose-api, with --api 127.0.0.1:8788");
  });
});
