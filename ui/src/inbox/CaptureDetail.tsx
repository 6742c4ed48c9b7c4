import { useState } from "react";
import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { BodyView } from "../components/BodyView";
import { HeadersTable, QueryTable } from "../components/HeadersTable";
import { CheckPanel } from "./CheckPanel";
import { exactTime, formatBytes, statusClass } from "../format";

type Tab = "body" | "headers" | "query" | "check";

export function CaptureDetail({ id }: { id: string }) {
  const capture = useQuery({ queryKey: ["capture", id], queryFn: () => api.capture(id) });
  const [tab, setTab] = useState<Tab>("body");
  if (capture.error) {
    return <div className="pane-message" role="alert">{capture.error.message}</div>;
  }
  if (!capture.data) return <div className="pane-message" aria-busy="true">Loading…</div>;
  const c = capture.data;
  const target = c.query ? `${c.path}?${c.query}` : c.path;
  const tabs: [Tab, string][] = [
    ["body", "Body"],
    ["headers", `Headers (${c.headers.length})`],
    ["query", "Query"],
    ["check", "Signature & schema"],
  ];
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
        <div><dt>Body</dt><dd>{formatBytes(c.body_size)}{c.content_type ? ` · ${c.content_type}` : ""}</dd></div>
        <div><dt>Answered</dt><dd><span className={`status ${statusClass(c.response_status)}`}>{c.response_status}</span></dd></div>
      </dl>
      <div className="tabs" role="tablist" aria-label="Request parts">
        {tabs.map(([key, label]) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
            {label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel">
        {tab === "body" && <BodyView body={c.body} size={c.body_size} />}
        {tab === "headers" && <HeadersTable headers={c.headers} />}
        {tab === "query" && <QueryTable query={c.query} />}
        {tab === "check" && <CheckPanel captureId={c.id} />}
      </div>
    </article>
  );
}
