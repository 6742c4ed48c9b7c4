import { useEffect, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import type { Settings } from "../bindings/Settings";
import type { Status } from "../bindings/Status";

const MIB = 1024 * 1024;

/** Where the receiver listens and the largest body it stores; applied at once, no restart. */
export function ReceiverSection({ settings, status }: { settings: Settings; status: Status }) {
  const queryClient = useQueryClient();
  const running = new URL(status.receiver_url);
  const [address, setAddress] = useState(settings.receiver?.address ?? running.hostname.replace(/^\[|\]$/g, ""));
  const [port, setPort] = useState(String(settings.receiver?.port ?? running.port));
  const [maxBody, setMaxBody] = useState(String(+((settings.receiver?.max_body ?? status.max_body) / MIB).toFixed(3)));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setAddress(settings.receiver?.address ?? running.hostname.replace(/^\[|\]$/g, ""));
    setPort(String(settings.receiver?.port ?? running.port));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status.receiver_url, settings.receiver]);
  const save = useMutation({
    mutationFn: () => {
      const portNumber = Number(port);
      const mib = Number(maxBody);
      if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535) throw new Error("The port must be a whole number from 1 to 65535.");
      if (!Number.isFinite(mib) || mib <= 0) throw new Error("The body limit must be a positive number of MiB, like 25.");
      return api.saveSettings({ ...settings, receiver: { address: address.trim(), port: portNumber, max_body: Math.round(mib * MIB) } });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["status"] });
      void queryClient.invalidateQueries({ queryKey: ["settings"] });
      void queryClient.invalidateQueries({ queryKey: ["inboxes"] });
      setMessage({ ok: true, text: `Applied: the receiver now listens on ${address.includes(":") ? `[${address}]` : address}:${port}.` });
    },
    onError: (e) => setMessage({ ok: false, text: e.message }),
  });
  return (
    <section className="settings-section" data-testid="receiver-settings">
      <h3 className="section-title">Receiver</h3>
      <p className="muted">
        Where providers send webhooks. Now listening on <code className="mono" data-testid="settings-receiver-url">{status.receiver_url}</code>.
        A change applies at once; the old address stops taking requests.
      </p>
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          save.mutate();
        }}
      >
        <label className="field">
          <span>Address</span>
          <input value={address} onChange={(e) => setAddress(e.target.value)} className="mono" spellCheck={false} list="receiver-addresses" data-testid="receiver-address" />
          <datalist id="receiver-addresses">
            <option value="127.0.0.1">this machine only</option>
            <option value="0.0.0.0">every network interface</option>
          </datalist>
        </label>
        <label className="field narrow">
          <span>Port</span>
          <input type="number" min={1} max={65535} value={port} onChange={(e) => setPort(e.target.value)} data-testid="receiver-port" />
        </label>
        <label className="field narrow">
          <span>Body limit (MiB)</span>
          <input type="number" min={0.001} step="any" value={maxBody} onChange={(e) => setMaxBody(e.target.value)} data-testid="receiver-max-body" />
        </label>
        <div className="field-actions">
          <button type="submit" className="primary" disabled={save.isPending}>Apply</button>
        </div>
      </form>
      {address.trim() !== "127.0.0.1" && address.trim() !== "::1" && address.trim() !== "localhost" && (
        <p className="validation invalid">Other machines on your network will be able to send to this receiver.</p>
      )}
      {message && <p className={message.ok ? "validation valid" : "validation invalid"} role="status" data-testid="receiver-message">{message.text}</p>}
    </section>
  );
}
