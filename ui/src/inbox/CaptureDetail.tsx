import { useMutation, useQuery } from "@tanstack/react-query";

import { api } from "../api";
import type { Capture } from "../bindings/Capture";
import { QueryTable } from "../components/HeadersTable";
import { ProviderChip, SignatureBadge } from "../components/ProviderChip";
import { bodyAndHeadersTabs, MessageSide, type SideTab } from "../components/MessageSide";
import { exactTime, formatBytes } from "../format";
import { CaptureToolbar } from "./CaptureToolbar";
import { CheckPanel } from "./CheckPanel";
import { RelayList, ResponseOrTarget, useCaptureRelays } from "../relay/CaptureForwards";

/** The request as it arrived, beside the response Hookbench answered with. */
export function CaptureDetail({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const capture = useQuery({ queryKey: ["capture", id], queryFn: () => api.capture(id) });
  const remove = useMutation({ mutationFn: () => api.deleteCapture(id), onSuccess: onDeleted });
  const relays = useCaptureRelays(id);
  const forward = relays.find((d) => d.source === "forward");
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
        {c.provider && <ProviderChip provider={c.provider} event={c.event} />}
        {c.signature && <SignatureBadge state={c.signature} />}
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
        <ResponseOrTarget capture={c} forward={forward} />
      </div>
      <RelayList deliveries={relays} />
    </article>
  );
}

function RequestSide({ capture: c }: { capture: Capture }) {
  const [body, headers] = bodyAndHeadersTabs(c, { size: c.body_size, captureId: c.id });
  const tabs: SideTab[] = [
    body,
    headers,
    { key: "query", label: "Query", content: () => <QueryTable query={c.query} /> },
    {
      key: "check",
      label: c.signature ? `Signature · ${c.signature}` : "Signature",
      content: () => <CheckPanel key={c.id} capture={c} />,
    },
  ];
  return <MessageSide label="Request" title="Request" tabs={tabs} testId="request-side" />;
}
