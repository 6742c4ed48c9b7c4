import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { routeHref } from "../app/route";

/** Beside a target's "allow private network targets" box: says when Settings already allow them. */
export function GlobalPrivateNetworkNote() {
  const settings = useQuery({ queryKey: ["settings"], queryFn: api.settings });
  if (!settings.data?.outgoing.allow_private_network) return null;
  return (
    <p className="muted" data-testid="global-private-network-note">
      Private network targets are allowed for every target in <a href={routeHref({ screen: "settings" })}>Settings → Outgoing requests</a>, so
      this box changes nothing while that is on.
    </p>
  );
}
