import { useEffect, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import { capturesKey } from "../inbox/useCaptures";
import type { Settings } from "../bindings/Settings";
import { ReceiverSection } from "./ReceiverSection";
import { PreferencesSection } from "./PreferencesSection";
import { EmulatorSection } from "./EmulatorSection";
import { OutgoingSection } from "./OutgoingSection";
import { ProviderSecretsSection } from "./ProviderSecretsSection";

/** Where Hookbench listens and keeps its data, and how long captures are kept. */
export function SettingsScreen() {
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: ["status"], queryFn: api.status });
  const settings = useQuery({ queryKey: ["settings"], queryFn: api.settings });
  const [keepLast, setKeepLast] = useState("");
  const [keepDays, setKeepDays] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (settings.data) {
      setKeepLast(settings.data.retention.keep_last?.toString() ?? "");
      setKeepDays(settings.data.retention.keep_days?.toString() ?? "");
    }
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () =>
      api.saveSettings({
        // The other sections are saved as they are: PUT replaces the whole settings.
        ...(settings.data as Settings),
        retention: {
          keep_last: keepLast.trim() ? Number(keepLast) : null,
          keep_days: keepDays.trim() ? Number(keepDays) : null,
        },
      }),
    onSuccess: () => {
      setMessage({ ok: true, text: "Saved. Older captures were deleted now and will be every minute." });
      void queryClient.invalidateQueries({ queryKey: ["settings"] });
      // Retention deleted captures just now: lists must not show them, event or not.
      void queryClient.invalidateQueries({ queryKey: capturesKey });
    },
    onError: (e) => setMessage({ ok: false, text: e.message }),
  });
  return (
    <article className="settings-screen" data-testid="settings-screen">
      <h2>Settings</h2>
      <section className="settings-section">
        <h3 className="section-title">This instance</h3>
        <dl className="facts">
          <div><dt>Receiver</dt><dd className="mono">{status.data?.receiver_url}</dd></div>
          <div><dt>Data directory</dt><dd className="mono">{status.data?.data_dir}</dd></div>
          <div><dt>Version</dt><dd className="mono">{status.data?.version}</dd></div>
          <div><dt>Secrets</dt><dd data-testid="secrets-at-rest">{status.data?.secrets_at_rest}</dd></div>
        </dl>
        {status.data && !status.data.secrets_in_keychain && (
          <p className="validation invalid" data-testid="secrets-warning">
            No OS keychain (Secret Service) answered, so the key that seals your signing secrets is a file in the data directory.
          </p>
        )}
        {status.data?.receiver_exposed && (
          <p className="validation invalid">The receiver listens beyond this machine: anyone who can reach it can send captures.</p>
        )}
      </section>
      <section className="settings-section">
        <h3 className="section-title">Retention</h3>
        <p className="muted">Older captures are deleted for good. Leave a field empty to keep everything.</p>
        <form
          className="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <label className="field narrow">
            <span>Keep the newest</span>
            <input type="number" min={1} value={keepLast} onChange={(e) => setKeepLast(e.target.value)} placeholder="all" data-testid="keep-last" />
          </label>
          <label className="field narrow">
            <span>Keep days</span>
            <input type="number" min={1} value={keepDays} onChange={(e) => setKeepDays(e.target.value)} placeholder="all" data-testid="keep-days" />
          </label>
          <div className="field-actions">
            <button type="submit" className="primary" disabled={save.isPending || !settings.data}>Save retention</button>
          </div>
        </form>
        {message && <p className={message.ok ? "validation valid" : "validation invalid"} role="status">{message.text}</p>}
      </section>
      {settings.data && status.data && <ReceiverSection settings={settings.data} status={status.data} />}
      {settings.data && <OutgoingSection settings={settings.data} />}
      <ProviderSecretsSection />
      {status.data && <EmulatorSection status={status.data} />}
      {settings.data && <PreferencesSection settings={settings.data} />}
    </article>
  );
}
