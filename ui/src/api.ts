// The only module that talks to the engine: every request, the token, the live event stream.

import type { ApiError } from "./bindings/ApiError";
import type { Capture } from "./bindings/Capture";
import type { CaptureCheck } from "./bindings/CaptureCheck";
import type { CheckRequest } from "./bindings/CheckRequest";
import type { CaptureFilter } from "./bindings/CaptureFilter";
import type { DecodedBody } from "./bindings/DecodedBody";
import type { Inbox } from "./bindings/Inbox";
import type { KeyPair } from "./bindings/KeyPair";
import type { KeyPairRequest } from "./bindings/KeyPairRequest";
import type { InboxChange } from "./bindings/InboxChange";
import type { Removed } from "./bindings/Removed";
import type { Settings } from "./bindings/Settings";
import type { LastScreen } from "./bindings/LastScreen";
import type { NewEmulatorKey } from "./bindings/NewEmulatorKey";
import type { NewProviderSecret } from "./bindings/NewProviderSecret";
import type { ProviderSecret } from "./bindings/ProviderSecret";
import type { CaptureList } from "./bindings/CaptureList";
import type { EmulatorKey } from "./bindings/EmulatorKey";
import type { EngineEvent } from "./bindings/EngineEvent";
import type { Preview } from "./bindings/Preview";
import type { PreviewRequest } from "./bindings/PreviewRequest";
import type { Provider } from "./bindings/Provider";
import type { ProviderSummary } from "./bindings/ProviderSummary";
import type { RenderedSample } from "./bindings/RenderedSample";
import type { SavedSample } from "./bindings/SavedSample";
import type { Status } from "./bindings/Status";
import type { CreatedEmulatorKey } from "./bindings/CreatedEmulatorKey";
import type { Delivery } from "./bindings/Delivery";
import type { DeliveryDetail } from "./bindings/DeliveryDetail";
import type { DeliveryFilter } from "./bindings/DeliveryFilter";
import type { DeliveryList } from "./bindings/DeliveryList";
import type { TriggerRequest } from "./bindings/TriggerRequest";
import type { TriggerResult } from "./bindings/TriggerResult";
import type { ReplayProgress } from "./bindings/ReplayProgress";
import type { ReplayRequest } from "./bindings/ReplayRequest";
import type { Webhook } from "./bindings/Webhook";
import type { WebhookConfig } from "./bindings/WebhookConfig";
import { SseParser } from "./sse";

const TOKEN_KEY = "hookbench.token";

/**
 * The API token arrives once in the page address's fragment (`#token=`, which no server or log
 * sees); it is kept for the tab's lifetime and removed from the address bar so it does not end
 * up in history or shots.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (token) {
    storage.setItem(TOKEN_KEY, token);
    history.replaceState(null, "", location.pathname + location.search);
    return token;
  }
  return storage.getItem(TOKEN_KEY);
}

let token: string | null = null;

export function initToken(): string | null {
  token = takeToken(window.location, window.sessionStorage, window.history);
  return token;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiFailure(0, "unreachable", "Hookbench is not answering. Is it still running?");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new ApiFailure(
      response.status,
      body?.error.code ?? "http_error",
      body?.error.message ?? `The API answered ${response.status}.`,
    );
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

function jsonBody(body: unknown): RequestInit {
  return { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}

const segment = encodeURIComponent;

/** A filter as a query string: absent, null and empty values are left out. */
export function queryString(filter: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  return params.toString();
}

export const api = {
  status: () => request<Status>("/api/status"),
  captures: (filter: CaptureFilter) => request<CaptureList>(`/api/captures?${queryString(filter)}`),
  /** An export document, as a Blob to save (a link cannot send the Authorization header). */
  exportCaptures: async (options: { format: "har" | "json"; inbox?: string; ids?: string[] }): Promise<Blob> => {
    const params = new URLSearchParams({ format: options.format });
    if (options.inbox) params.set("inbox", options.inbox);
    if (options.ids) params.set("ids", options.ids.join(","));
    const response = await fetch(`/api/export?${params}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as ApiError | null;
      throw new ApiFailure(response.status, body?.error.code ?? "http_error", body?.error.message ?? `The export failed (${response.status}).`);
    }
    return await response.blob();
  },
  decoded: (id: string) => request<DecodedBody>(`/api/captures/${segment(id)}/decoded`),
  deleteCapture: (id: string) => request<void>(`/api/captures/${segment(id)}`, { method: "DELETE" }),
  inboxes: () => request<Inbox[]>("/api/inboxes"),
  createInbox: (change: InboxChange) => request<Inbox>("/api/inboxes", jsonBody(change)),
  updateInbox: (slug: string, change: InboxChange) =>
    request<Inbox>(`/api/inboxes/${segment(slug)}`, { ...jsonBody(change), method: "PATCH" }),
  deleteInbox: (slug: string) => request<Removed>(`/api/inboxes/${segment(slug)}`, { method: "DELETE" }),
  clearInbox: (slug: string) => request<Removed>(`/api/inboxes/${segment(slug)}/captures`, { method: "DELETE" }),
  settings: () => request<Settings>("/api/settings"),
  saveSettings: (settings: Settings) => request<Settings>("/api/settings", { ...jsonBody(settings), method: "PUT" }),
  lastScreen: () => request<LastScreen>("/api/last-screen"),
  saveLastScreen: (last: LastScreen) => request<LastScreen>("/api/last-screen", { ...jsonBody(last), method: "PUT" }),
  capture: (id: string) => request<Capture>(`/api/captures/${segment(id)}`),
  checkCapture: (id: string, check: CheckRequest) =>
    request<CaptureCheck>(`/api/captures/${segment(id)}/check`, jsonBody(check)),
  providers: () => request<ProviderSummary[]>("/api/providers"),
  provider: (id: string) => request<Provider>(`/api/providers/${segment(id)}`),
  sample: (provider: string, event: string, options: { variant?: string; seed?: number; url?: string } = {}) => {
    const params = new URLSearchParams();
    if (options.variant) params.set("variant", options.variant);
    if (options.seed !== undefined) params.set("seed", String(options.seed));
    if (options.url) params.set("url", options.url);
    return request<RenderedSample>(`/api/providers/${segment(provider)}/events/${segment(event)}/sample?${params}`);
  },
  preview: (provider: string, event: string, body: PreviewRequest) =>
    request<Preview>(`/api/providers/${segment(provider)}/events/${segment(event)}/preview`, jsonBody(body)),
  savedSamples: (provider: string) => request<SavedSample[]>(`/api/providers/${segment(provider)}/samples`),
  saveSample: (provider: string, sample: { event: string; name: string; body: string }) =>
    request<SavedSample>(`/api/providers/${segment(provider)}/samples`, jsonBody(sample)),
  deleteSample: (id: string) => request<void>(`/api/samples/${segment(id)}`, { method: "DELETE" }),

  webhooks: () => request<Webhook[]>("/api/webhooks"),
  webhook: (id: string) => request<Webhook>(`/api/webhooks/${segment(id)}`),
  createWebhook: (config: WebhookConfig) => request<Webhook>("/api/webhooks", jsonBody(config)),
  updateWebhook: (id: string, config: WebhookConfig) =>
    request<Webhook>(`/api/webhooks/${segment(id)}`, { ...jsonBody(config), method: "PUT" }),
  deleteWebhook: (id: string) => request<void>(`/api/webhooks/${segment(id)}`, { method: "DELETE" }),
  testWebhook: (id: string) => request<TriggerResult>(`/api/webhooks/${segment(id)}/test`, { method: "POST" }),
  retryFailed: (id: string) => request<{ retried: number }>(`/api/webhooks/${segment(id)}/retry-failed`, { method: "POST" }),
  cancelPending: (id: string) => request<{ cancelled: number }>(`/api/webhooks/${segment(id)}/cancel-pending`, { method: "POST" }),
  /** Delivers one event to every active webhook that subscribes to it (or to `webhook` only). */
  trigger: (trigger: TriggerRequest) => request<TriggerResult>("/api/events", jsonBody(trigger)),
  /** Sends a captured request again as an event; provider and event are detected when absent. */
  sendCapture: (id: string, as: { provider?: string; event?: string } = {}) =>
    request<TriggerResult>(`/api/captures/${segment(id)}/send`, jsonBody(as)),
  deliveries: (filter: DeliveryFilter) => request<DeliveryList>(`/api/deliveries?${queryString(filter)}`),
  delivery: (id: string) => request<DeliveryDetail>(`/api/deliveries/${segment(id)}`),
  retryDelivery: (id: string) => request<Delivery>(`/api/deliveries/${segment(id)}/retry`, { method: "POST" }),
  cancelDelivery: (id: string) => request<Delivery>(`/api/deliveries/${segment(id)}/cancel`, { method: "POST" }),
  /** Sends captures (or a time range) again to a URL, one at a time in arrival order. */
  replay: (replay: Partial<ReplayRequest> & { url: string }) => request<ReplayProgress>("/api/replays", jsonBody(replay)),
  replayProgress: (id: string) => request<ReplayProgress>(`/api/replays/${segment(id)}`),
  cancelReplay: (id: string) => request<ReplayProgress>(`/api/replays/${segment(id)}/cancel`, { method: "POST" }),
  /** The provider emulator's API keys; a new key's value is in the answer to its creation only. */
  emulatorKeys: () => request<EmulatorKey[]>("/api/emulator/keys"),
  createEmulatorKey: (key: NewEmulatorKey) => request<CreatedEmulatorKey>("/api/emulator/keys", jsonBody(key)),
  revokeEmulatorKey: (id: string) => request<void>(`/api/emulator/keys/${segment(id)}`, { method: "DELETE" }),
  /** A Standard Webhooks ed25519 pair (v1a): a fresh one, or the one `secret_key` belongs to. */
  signingKeyPair: (body: KeyPairRequest = {}) => request<KeyPair>("/api/signing-keys", jsonBody(body)),
  /** Secrets saved for providers (never sent back): captures of that provider show their signature state. */
  providerSecrets: () => request<ProviderSecret[]>("/api/provider-secrets"),
  saveProviderSecret: (secret: NewProviderSecret) => request<ProviderSecret>("/api/provider-secrets", jsonBody(secret)),
  deleteProviderSecret: (id: string) => request<void>(`/api/provider-secrets/${segment(id)}`, { method: "DELETE" }),
};

export type StreamSignal = { kind: "event"; event: EngineEvent } | { kind: "resync" };

/**
 * Follows /api/events until `signal` aborts, reconnecting with backoff. `onSignal` gets every
 * engine event, and `resync` whenever the client may have missed some (at every (re)connect).
 */
export async function followEvents(
  onSignal: (signal: StreamSignal) => void,
  onConnection: (connected: boolean) => void,
  signal: AbortSignal,
): Promise<void> {
  let delay = 500;
  while (!signal.aborted) {
    try {
      const response = await fetch("/api/events", {
        headers: { Authorization: `Bearer ${token ?? ""}`, Accept: "text/event-stream" },
        signal,
      });
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      const parser = new SseParser((message) => {
        if (message.event === "ready" || message.event === "resync") {
          onConnection(true);
          delay = 500;
          onSignal({ kind: "resync" });
          return;
        }
        try {
          onSignal({ kind: "event", event: JSON.parse(message.data) as EngineEvent });
        } catch {
          onSignal({ kind: "resync" });
        }
      });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.push(value);
      }
    } catch {
      if (signal.aborted) return;
    }
    onConnection(false);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}
