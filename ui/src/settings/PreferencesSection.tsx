import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import type { Settings } from "../bindings/Settings";
import type { Theme } from "../bindings/Theme";

/** Theme, and what the desktop app does besides its window: saved as soon as changed. */
export function PreferencesSection({ settings }: { settings: Settings }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (next: Settings) => api.saveSettings(next),
    onSuccess: (saved) => {
      setError(null);
      queryClient.setQueryData(["settings"], saved);
    },
    onError: (e) => setError(e.message),
  });
  const desktop = settings.desktop;
  return (
    <section className="settings-section" data-testid="preferences-settings">
      <h3 className="section-title">Appearance and desktop</h3>
      <div className="field-row">
        <label className="field narrow">
          <span>Theme</span>
          <select value={settings.theme} onChange={(e) => save.mutate({ ...settings, theme: e.target.value as Theme })} data-testid="theme">
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={desktop.notifications}
          onChange={(e) => save.mutate({ ...settings, desktop: { ...desktop, notifications: e.target.checked } })}
          data-testid="notifications"
        />
        Desktop notifications when a webhook is turned off, and for captures on inboxes marked “notify”
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={desktop.keep_running_in_tray}
          onChange={(e) => save.mutate({ ...settings, desktop: { ...desktop, keep_running_in_tray: e.target.checked } })}
          data-testid="keep-in-tray"
        />
        Keep running in the tray when the window is closed (the receiver keeps capturing; otherwise closing quits)
      </label>
      <p className="muted">These apply to the desktop app; the browser UI only follows the theme.</p>
      {error && <p className="validation invalid" role="alert">{error}</p>}
    </section>
  );
}
