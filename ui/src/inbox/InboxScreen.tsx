import { useEffect, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { useDebounced } from "../app/useDebounced";
import { ListState } from "../components/ListState";
import { CaptureList } from "./CaptureList";
import { CaptureDetail } from "./CaptureDetail";
import { EmptyInbox } from "./EmptyInbox";
import { InboxesPane } from "./InboxesPane";
import { InboxSettings } from "./InboxSettings";
import { ListToolbar } from "./ListToolbar";
import { Comparison } from "./Comparison";
import { useCaptures } from "./useCaptures";

/** Inboxes | captures (live, searchable) | the selected capture, or an inbox's settings. */
export function InboxScreen() {
  const status = useQuery({ queryKey: ["status"], queryFn: api.status });
  const [inbox, setInbox] = useState<string | undefined>(undefined);
  const [settingsOf, setSettingsOf] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [method, setMethod] = useState("");
  const [named, setNamed] = useState<{ provider?: string; event?: string }>({});
  const q = useDebounced(search.trim(), 200);
  const list = useCaptures({ inbox, method: method || undefined, q: q || undefined, ...named });
  const [selected, setSelected] = useState<string | null>(null);
  const [marked, setMarked] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const mark = (id: string) => {
    setComparing(false);
    setMarked((current) => (current.includes(id) ? current.filter((m) => m !== id) : [...current, id]));
  };
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, []);

  // Open the newest request once, when the screen first has one; later arrivals never steal
  // the selection.
  const opened = useRef(false);
  const newest = list.captures[0]?.id;
  useEffect(() => {
    if (!opened.current && newest) {
      opened.current = true;
      setSelected((current) => current ?? newest);
    }
  }, [newest]);

  const filtering = Boolean(inbox || method || q || named.provider);
  const pickProvider = (provider?: string, event?: string) => setNamed({ provider, event });
  const listBody = (
    <ListState
      error={list.error}
      onRetry={() => void list.refetch()}
      pending={list.isPending}
      loading="Loading captures…"
      empty={list.captures.length > 0 ? null : filtering ? "No request matches." : "No requests yet."}
    >
      <CaptureList
        captures={list.captures}
        selected={selected}
        onSelect={(id) => {
          setSelected(id);
          setSettingsOf(null);
          setComparing(false);
        }}
        marked={marked}
        onMark={mark}
        onPickProvider={pickProvider}
        now={now}
        onNearEnd={() => {
          if (list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
        }}
      />
    </ListState>
  );

  return (
    <div className="inbox">
      <InboxesPane
        selected={inbox}
        onSelect={(slug) => {
          setInbox(slug);
          setSelected(null);
          opened.current = false;
        }}
        onSettings={(slug) => {
          setSettingsOf(slug);
          setComparing(false);
        }}
      />
      <section className="pane list-pane" aria-label="Captured requests">
        <ListToolbar
          search={search}
          onSearch={setSearch}
          method={method}
          onMethod={setMethod}
          provider={named.provider}
          event={named.event}
          onProvider={pickProvider}
          count={list.captures.length}
          more={list.hasNextPage}
          inbox={inbox}
          marked={marked}
          onCompare={() => setComparing(true)}
          onClearMarks={() => {
            setMarked([]);
            setComparing(false);
          }}
        />
        {listBody}
      </section>
      <section className="pane detail-pane" aria-label="Request detail">
        {comparing && marked.length === 2 ? (
          <Comparison left={marked[0]} right={marked[1]} />
        ) : settingsOf ? (
          <InboxSettings key={settingsOf} slug={settingsOf} onClose={() => setSettingsOf(null)} />
        ) : selected ? (
          <CaptureDetail id={selected} onDeleted={() => setSelected(null)} />
        ) : !list.isPending && list.captures.length === 0 && !filtering ? (
          <EmptyInbox receiverUrl={status.data?.receiver_url} />
        ) : (
          <div className="pane-message">Select a request to see it beside the response Hookbench sent (j / k to move).</div>
        )}
      </section>
    </div>
  );
}
