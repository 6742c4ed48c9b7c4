import { CopyButton } from "../components/CopyButton";

export function EmptyInbox({ receiverUrl }: { receiverUrl?: string }) {
  const base = receiverUrl ?? "http://127.0.0.1:8787";
  const curl = `curl -X POST ${base}/default -H 'Content-Type: application/json' -d '{"hello":"world"}'`;
  return (
    <div className="empty" data-testid="empty-inbox">
      <h2>Send your first request</h2>
      <p>
        Hookbench captures every request sent to <code>{base}</code>, on any path and with any
        method, and shows it here the moment it arrives.
      </p>
      <div className="command">
        <pre>{curl}</pre>
        <CopyButton text={curl} label="Copy the curl command" />
      </div>
    </div>
  );
}
