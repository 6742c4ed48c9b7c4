import { lazy, Suspense, useEffect, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { api } from "../api";
import type { EventInfo } from "../bindings/EventInfo";
import type { ProviderSummary } from "../bindings/ProviderSummary";
import { useDebounced } from "../app/useDebounced";
import { HeadersTable } from "../components/HeadersTable";
import { DEFAULT_HMAC, HmacSchemeFields } from "../components/HmacSchemeFields";
import { secretHint } from "../components/secretHint";
import type { HmacScheme } from "../bindings/HmacScheme";
import { ProviderDocs } from "./ProviderDocs";
import { SavedSamples } from "./SavedSamples";
import { SendToWebhooks } from "../sender/SendToWebhooks";

// CodeMirror is most of the UI's JavaScript and only this screen edits JSON: loaded when first
// needed, the window shows its first screen sooner.
const JsonEditor = lazy(() => import("../components/JsonEditor").then((m) => ({ default: m.JsonEditor })));

interface Props {
  provider: ProviderSummary;
  event: EventInfo;
}

/** One event: its sample in an editor, validated as you type, and the exact request headers
 *  (signature included) that Hookbench would send with it for the given secret. */
export function EventWorkbench({ provider, event }: Props) {
  const [variant, setVariant] = useState(event.variants[0] ?? "");
  const [seed, setSeed] = useState<number | undefined>(undefined);
  const [body, setBody] = useState<string | null>(null);
  const [secrets, setSecrets] = useState("");
  const [url, setUrl] = useState("");
  const [scheme, setScheme] = useState<HmacScheme>(DEFAULT_HMAC);
  const customScheme = provider.id === "generic";
  const signHint = secretHint(provider.signing_scheme, "sign");

  const sample = useQuery({
    queryKey: ["sample", provider.id, event.id, variant, seed, url],
    queryFn: () => api.sample(provider.id, event.id, { variant, seed, url: url || undefined }),
    staleTime: Infinity,
  });
  // A newly rendered sample replaces the editor's text.
  useEffect(() => {
    if (sample.data) setBody(JSON.stringify(sample.data.payload, null, 2));
  }, [sample.data]);

  // The body is debounced with the rest: previewing before the first sample has settled would
  // flash "Not valid JSON" for an empty body.
  const request = useDebounced(
    {
      body,
      secrets: secrets.split("\n").map((s) => s.trim()).filter(Boolean),
      url: url.trim() || undefined,
      scheme: customScheme ? scheme : undefined,
    },
    200,
  );
  const preview = useQuery({
    queryKey: ["preview", provider.id, event.id, request],
    queryFn: () => api.preview(provider.id, event.id, { ...request, body: request.body ?? "" }),
    enabled: request.body !== null,
    placeholderData: keepPreviousData,
  });

  return (
    <article className="workbench" data-testid="event-workbench">
      <header className="workbench-head">
        <div>
          <h2 className="mono">{event.id}</h2>
          <p className="muted">{event.name}{event.description ? ` — ${event.description}` : ""}</p>
        </div>
        <div className="toolbar">
          {event.variants.length > 1 && (
            <label className="field inline">
              <span>Sample</span>
              <select value={variant} onChange={(e) => { setVariant(e.target.value); setSeed(undefined); }} data-testid="variant">
                {event.variants.map((v) => <option key={v} value={v}>{v}</option>)}
              </select>
            </label>
          )}
          <button type="button" onClick={() => setSeed(Math.floor(Math.random() * 2 ** 52))} data-testid="fresh-sample">
            Fresh sample
          </button>
        </div>
      </header>

      <div className="workbench-grid">
        <section className="editor-column" aria-label="Payload">
          {sample.error && <p role="alert" className="error-text">{sample.error.message}</p>}
          {body === null ? (
            <div className="pane-message" aria-busy="true">Rendering a sample…</div>
          ) : (
            <Suspense fallback={<div className="pane-message" aria-busy="true">Loading the editor…</div>}>
              <JsonEditor value={body} onChange={setBody} label={`${event.id} payload`} />
            </Suspense>
          )}
          <Validation preview={preview.data} />
          {body !== null && <SavedSamples provider={provider.id} event={event.id} body={body} onLoad={setBody} />}
        </section>

        <section className="request-column" aria-label="Request preview">
          <SendToWebhooks provider={provider.id} event={event.id} body={body} variant={variant} />
          <label className="field">
            <span>Signing secret{provider.signing_scheme === "none" ? " (this provider does not sign)" : ""}</span>
            <textarea
              rows={2}
              value={secrets}
              onChange={(e) => setSecrets(e.target.value)}
              placeholder={provider.signing_scheme === "standard-webhooks" ? "whsec_… or whsk_…" : "one secret per line, newest last"}
              spellCheck={false}
              data-testid="secret"
            />
            {signHint && <span data-testid="secret-hint">{signHint}</span>}
          </label>
          <label className="field">
            <span>Target URL (optional: checked against the provider's rules, its query feeds the payload)</span>
            <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://example.test/webhooks" spellCheck={false} data-testid="target-url" />
          </label>
          {preview.data?.url_error && <p className="error-text" role="alert">{preview.data.url_error}</p>}
          {customScheme && <HmacSchemeFields value={scheme} onChange={setScheme} />}
          <h3 className="section-title">
            Headers that will be sent <span className="muted">POST · {provider.signing_scheme} signature</span>
          </h3>
          {preview.error && <p className="error-text" role="alert">{preview.error.message}</p>}
          {preview.data && <HeadersTable headers={preview.data.headers} />}
          <ProviderDocs provider={provider.id} />
        </section>
      </div>
    </article>
  );
}

type Checked = { json_error: string | null; violations: { path: string; message: string }[]; notes: { path: string; message: string }[] };

function Validation({ preview }: { preview?: Checked }) {
  if (!preview) return null;
  if (preview.json_error) {
    return <p className="validation invalid" data-testid="validation">Not valid JSON: {preview.json_error}</p>;
  }
  const notes = preview.notes.length > 0 && (
    <div className="validation note" data-testid="validation-notes">
      <p>Values the profile does not know yet (notes, not violations):</p>
      <ul>
        {preview.notes.map((n, i) => (
          <li key={i}><code>{n.path || "/"}</code> {n.message}</li>
        ))}
      </ul>
    </div>
  );
  if (preview.violations.length === 0) {
    return (
      <>
        <p className="validation valid" data-testid="validation">Valid against the event's JSON Schema</p>
        {notes}
      </>
    );
  }
  return (
    <>
      <div className="validation invalid" data-testid="validation">
        <p>Does not match the event's JSON Schema:</p>
        <ul>
          {preview.violations.map((v, i) => (
            <li key={i}><code>{v.path || "/"}</code> {v.message}</li>
          ))}
        </ul>
      </div>
      {notes}
    </>
  );
}
