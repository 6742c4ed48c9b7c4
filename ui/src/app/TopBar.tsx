import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { CopyButton } from "../components/CopyButton";

export function TopBar({ connected }: { connected: boolean }) {
  const status = useQuery({ queryKey: ["status"], queryFn: api.status });
  const receiver = status.data?.receiver_url;
  return (
    <header className="topbar">
      <div className="brand">Hookbench</div>
      <div
        className={`listening ${status.data?.receiver_exposed ? "exposed" : ""}`}
        title={status.data?.receiver_exposed ? "The receiver accepts requests from other machines" : "Listening on this machine only"}
      >
        <span className={`dot ${connected ? "live" : "down"}`} aria-hidden="true" />
        <span className="label">{connected ? "Listening" : "Connecting…"}</span>
        {receiver && <code className="receiver-url" data-testid="receiver-url">{receiver}</code>}
        {receiver && <CopyButton text={receiver} label="Copy receiver URL" />}
        {status.data?.receiver_exposed && (
          <span className="exposed-warning" role="alert">Reachable from other machines</span>
        )}
      </div>
      {status.error && <div className="topbar-error" role="alert">{status.error.message}</div>}
    </header>
  );
}
