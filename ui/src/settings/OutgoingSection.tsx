import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import type { Settings } from "../bindings/Settings";

/** Where webhook deliveries, forwards and replays may go: private networks for every target. */
export function OutgoingSection({ settings }: { settings: Settings }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (allow: boolean) => api.saveSettings({ ...settings, outgoing: { ...settings.outgoing, allow_private_network: allow } }),
    onSuccess: (saved) => {
      setError(null);
      queryClient.setQueryData(["settings"], saved);
    },
    onError: (e) => setError(e.message),
  });
  return (
    <section className="settings-section" data-testid="outgoing-settings">
      <h3 className="section-title">Outgoing requests</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.outgoing.allow_private_network}
          disabled={save.isPending}
          onChange={(e) => save.mutate(e.target.checked)}
          data-testid="global-allow-private-network"
        />
        Allow private network targets (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7) for every webhook, forward and replay
      </label>
      <p className="muted" id="private-network-risk">
        Off by default because a target URL, or a redirect it answers with, could then reach any machine on your LAN (routers, printers,
        internal services) through Hookbench: server-side request forgery. Prefer turning on “Allow private network targets” on just the
        webhook, forward or replay that needs it. Loopback (127.0.0.1, ::1) is always allowed; cloud metadata and link-local addresses never are.
      </p>
      {error && <p className="validation invalid" role="alert">{error}</p>}
    </section>
  );
}
