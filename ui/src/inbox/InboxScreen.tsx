import { useEffect, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { CaptureList } from "./CaptureList";
import { CaptureDetail } from "./CaptureDetail";
import { EmptyInbox } from "./EmptyInbox";
import { useCaptures } from "./useCaptures";

export function InboxScreen() {
  const list = useCaptures();
  const status = useQuery({ queryKey: ["status"], queryFn: api.status });
  const [selected, setSelected] = useState<string | null>(null);
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

  if (list.error) {
    return (
      <div className="pane-message" role="alert">
        <h2>The captures could not be loaded</h2>
        <p>{list.error.message}</p>
        <button type="button" onClick={() => void list.refetch()}>Try again</button>
      </div>
    );
  }
  if (list.isPending) {
    return <div className="pane-message" aria-busy="true">Loading captures…</div>;
  }
  if (list.captures.length === 0) {
    return <EmptyInbox receiverUrl={status.data?.receiver_url} />;
  }
  return (
    <div className="inbox">
      <section className="pane list-pane" aria-label="Captured requests">
        <header className="pane-header">
          <h2>Requests</h2>
          <span className="count" data-testid="capture-count">
            {list.captures.length}
            {list.hasNextPage ? "+" : ""}
          </span>
        </header>
        <CaptureList
          captures={list.captures}
          selected={selected}
          onSelect={setSelected}
          now={now}
          onNearEnd={() => {
            if (list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
          }}
        />
      </section>
      <section className="pane detail-pane" aria-label="Request detail">
        {selected ? (
          <CaptureDetail id={selected} />
        ) : (
          <div className="pane-message">Select a request to see its headers and body (j / k to move).</div>
        )}
      </section>
    </div>
  );
}
