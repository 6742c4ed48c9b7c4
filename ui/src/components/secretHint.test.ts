import { describe, expect, it } from "vitest";

import { secretHint } from "./secretHint";

describe("secretHint", () => {
  it("names the v1a keys where Standard Webhooks secrets are entered", () => {
    expect(secretHint("standard-webhooks", "sign")).toContain("whsk_");
    expect(secretHint("standard-webhooks", "verify")).toContain("whpk_");
  });

  it("says nothing for schemes with one kind of secret", () => {
    expect(secretHint("stripe", "verify")).toBeNull();
    expect(secretHint(undefined, "sign")).toBeNull();
  });
});
