import type { Status } from "../bindings/Status";

/** A server other machines can reach, what that risks, and how to go back to this machine only. */
export interface Exposure {
  server: "receiver" | "emulator" | "api";
  text: string;
}

function portOf(url: string | null | undefined): string {
  try {
    return url ? new URL(url).port || "PORT" : "PORT";
  } catch {
    return "PORT";
  }
}

/** The servers `status` says listen beyond loopback; `apiPort` is this page's own port. */
export function exposedServers(status: Status, apiPort: string): Exposure[] {
  const exposed: Exposure[] = [];
  if (status.receiver_exposed) {
    exposed.push({
      server: "receiver",
      text:
        `The receiver (${status.receiver_url}) is reachable from other machines: anyone on your network can send it requests. ` +
        "To listen on this machine only, set its address to 127.0.0.1 in Settings → Receiver.",
    });
  }
  if (status.emulator_exposed) {
    exposed.push({
      server: "emulator",
      text:
        `The provider emulator (${status.emulator_url ?? ""}) is reachable from other machines: anyone with an emulator key can register webhooks. ` +
        `To listen on this machine only, restart with --emulator 127.0.0.1:${portOf(status.emulator_url)} (the desktop app: HOOKBENCH_EMULATOR=127.0.0.1:${portOf(status.emulator_url)}).`,
    });
  }
  if (status.api_exposed) {
    exposed.push({
      server: "api",
      text:
        "The control API and this UI are reachable from other machines (--expose-api): anyone who learns the API token controls Hookbench, and plain HTTP carries it in clear. " +
        `To listen on this machine only, restart without --expose-api, with --api 127.0.0.1:${apiPort || "PORT"}.`,
    });
  }
  return exposed;
}
