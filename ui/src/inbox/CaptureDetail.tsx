import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";

import { api } from "../api";
import type { Capture } from "../bindings/Capture";
import { BodyView } from "../components/BodyView";
import { HeadersTable, QueryTable } from "../components/HeadersTable";
import { exactTime, formatBytes, statusClass } from "../format";
import { CaptureToolbar } from "./CaptureToolbar";
import { CheckPanel } from "./CheckPanel";
import { CheckResult } from "./CheckResult";

type Tab = "body" | "headers" | "query" | "check";

/** The request as it arrived, beside the response Hookbench answered with. */
export function CaptureDetail({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const capture = useQuery({ queryKey: ["capture", id], queryFn: () => api.capture(id) });
  const remove = useMutation({ mutationFn: () => api.deleteCapture(id), onSuccess: onDeleted });
  if (capture.error) {
    return <div className="pane-message" role="alert">{capture.error.message}</div>;
  }
  if (!capture.data) return <div className="pane-message" aria-busy="true">Loading…</div>;
  const c = capture.data;
  const target = c.query ? `${c.path}?${c.query}` : c.path;
  return (
    <article className="detail" data-testid="capture-detail">
      <header className="request-line">
        <span className={`method method-${c.method.toLowerCase()}`}>{c.method}</span>
        <code className="target" data-testid="detail-target">{target}</code>
        <span className="muted">{c.http_version}</span>
      </header>
      <dl className="facts">
        <div><dt>Received</dt><dd className="mono">{exactTime(c.received_at)}</dd></div>
        <div><dt>From</dt><dd className="mono">{c.remote_addr}</dd></div>
        <div><dt>Inbox</dt><dd className="mono">{c.inbox}</dd></div>
        <div><dt>Body</dt><dd>{formatBytes(c.body_size)}{c.content_type ? ` · ${c.content_type}` : ""}</dd></div>
      </dl>
      <CaptureToolbar capture={c} onDelete={() => remove.mutate()} />
      {remove.error && <p className="error-text" role="alert">{remove.error.message}</p>}
      <div className="pair">
        <RequestSide capture={c} />
        <ResponseSide capture={c} />
      </div>
    </article>
  );
}

function RequestSide({ capture: c }: { capture: Capture }) {
  const [tab, setTab] = useState<Tab>("body");
  const tabs: [Tab, string][] = [
    ["body", "Body"],
    ["headers", `Headers (${c.headers.length})`],
    ["query", "Query"],
    ["check", c.check ? `Signature · ${c.check.signature.status}` : "Signature & schema"],
  ];
  return (
    <section className="side" aria-label="Request" data-testid="request-side">
      <h3 className="side-title">Request</h3>
      <div className="tabs" role="tablist" aria-label="Request parts">
        {tabs.map(([key, label]) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
            {label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel">
        {tab === "body" && <BodyView body={c.body} size={c.body_size} headers={c.headers} captureId={c.id} />}
        {tab === "headers" && <HeadersTable headers={c.headers} />}
        {tab === "query" && <QueryTable query={c.query} />}
        {tab === "check" && (
          <>
            {c.check && <CheckResult result={c.check} />}
            <CheckPanel captureId={c.id} />
          </>
        )}
      </div>
    </section>
  );
}

function ResponseSide({ capture: c }: { capture: Capture }) {
  const [tab, setTab] = useState<"body" | "headers">("body");
  const size = c.response.body.encoding === "utf8" ? new TextEncoder().encode(c.response.body.data).length : atob(c.response.body.data).length;
  return (
    <section className="side" aria-label="Response" data-testid="response-side">
      <h3 className="side-title">
        Response <span className={`status ${statusClass(c.response.status)}`} data-testid="response-status-code">{c.response.status}</span>
      </h3>
      <div className="tabs" role="tablist" aria-label="Response parts">
        <button type="button" role="tab" aria-selected={tab === "body"} onClick={() => setTab("body")}>Body</button>
        <button type="button" role="tab" aria-selected={tab === "headers"} onClick={() => setTab("headers")}>Headers ({c.response.headers.length})</button>
      </div>
      <div className="tab-panel" role="tabpanel">
        {tab === "body" ? <BodyView body={c.response.body} size={size} headers={c.response.headers} /> : <HeadersTable headers={c.response.headers} />}
      </div>
    </section>
  );
}
