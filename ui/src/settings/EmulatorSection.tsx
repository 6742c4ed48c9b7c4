import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import type { CreatedEmulatorKey } from "../bindings/CreatedEmulatorKey";
import type { Status } from "../bindings/Status";
import { CopyButton } from "../components/CopyButton";
import { RelativeTime } from "../components/RelativeTime";

const keysKey = ["emulator-keys"];

/** Where the provider emulator answers, and the API keys integrators' code sends to it. */
export function EmulatorSection({ status }: { status: Status }) {
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: keysKey, queryFn: api.emulatorKeys });
  const [name, setName] = useState("");
  const [created, setCreated] = useState<CreatedEmulatorKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.createEmulatorKey({ name }),
    onSuccess: (key) => {
      setCreated(key);
      setName("");
      setError(null);
      void queryClient.invalidateQueries({ queryKey: keysKey });
    },
    onError: (e) => setError(e.message),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.revokeEmulatorKey(id),
    onSuccess: (_, id) => {
      if (created?.id === id) setCreated(null);
      setError(null);
      void queryClient.invalidateQueries({ queryKey: keysKey });
    },
    onError: (e) => setError(e.message),
  });
  const now = Date.now();
  return (
    <section className="settings-section" data-testid="emulator-settings">
      <h3 className="section-title">Provider emulator</h3>
      {status.emulator_url ? (
        <p className="muted">
          ConnectGain’s and Connectly’s webhook registration APIs answer at{" "}
          <code className="mono" data-testid="emulator-url">{status.emulator_url}</code>, at the paths their documentation shows: point your
          code’s API base URL here. Send a key below as <code>X-API-Key</code> (ConnectGain also takes <code>apikey</code> or{" "}
          <code>Authorization: Bearer</code>). Registrations appear under Webhooks.
        </p>
      ) : (
        <p className="muted">The emulator does not run in this instance: start <code>hookbench serve --emulator 127.0.0.1:8789</code>.</p>
      )}
      {created && (
        <div className="validation valid" role="status" data-testid="new-emulator-key">
          <p>
            Key “{created.name}”: <code className="mono" data-testid="new-emulator-key-value">{created.secret}</code>{" "}
            <CopyButton text={created.secret} label="Copy the new key" />
          </p>
          <p>Copy it now: Hookbench keeps it sealed and will not show it again.</p>
        </div>
      )}
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <label className="field">
          <span>Key name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Emulator key" maxLength={100} data-testid="emulator-key-name" />
        </label>
        <div className="field-actions">
          <button type="submit" className="primary" disabled={create.isPending} data-testid="add-emulator-key">Add key</button>
        </div>
      </form>
      {keys.data && keys.data.length === 0 && (
        <p className="muted" data-testid="no-emulator-keys">No keys yet: the emulator refuses every request until you add one.</p>
      )}
      {keys.data && keys.data.length > 0 && (
        <table className="kv" data-testid="emulator-keys">
          <thead>
            <tr><th>Name</th><th>Key</th><th>Added</th><th /></tr>
          </thead>
          <tbody>
            {keys.data.map((key) => (
              <tr key={key.id} data-testid="emulator-key">
                <td>{key.name}</td>
                <td className="mono">{key.hint}</td>
                <td><RelativeTime at={key.created_at} now={now} /></td>
                <td>
                  <button
                    type="button"
                    className="danger-button"
                    disabled={revoke.isPending}
                    onClick={() => window.confirm(`Revoke ${key.name}? Requests carrying it will be refused.`) && revoke.mutate(key.id)}
                    data-testid="revoke-emulator-key"
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {keys.error && <p className="validation invalid" role="alert">{keys.error.message}</p>}
      {error && <p className="validation invalid" role="alert">{error}</p>}
    </section>
  );
}
