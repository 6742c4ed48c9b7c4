// Test data for the sender's unit tests (imported by *.test.ts only).

import type { Delivery } from "../bindings/Delivery";

/** A pending delivery with no attempt yet, with `patch` applied. */
export function testDelivery(patch: Partial<Delivery> = {}): Delivery {
  return {
    id: "d1",
    message_id: "m1",
    webhook_id: "w1",
    webhook_name: "W",
    provider: "generic",
    event: "sample.event",
    source: "trigger",
    status: "pending",
    attempts: 0,
    next_attempt_at: null,
    last_status: null,
    last_error: null,
    payload_size: 2,
    created_at: 0,
    updated_at: 0,
    ...patch,
  };
}
