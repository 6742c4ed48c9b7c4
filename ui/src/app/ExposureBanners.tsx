import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { exposedServers } from "./exposure";

/** A banner on every screen for each server other machines can reach, while that lasts. */
export function ExposureBanners() {
  const status = useQuery({ queryKey: ["status"], queryFn: api.status });
  const exposed = status.data ? exposedServers(status.data, window.location.port) : [];
  if (exposed.length === 0) return null;
  return (
    <div className="banners">
      {exposed.map((e) => (
        <div key={e.server} className="banner exposure-banner" role="alert" data-testid={`exposed-${e.server}`}>
          <span className="banner-icon" aria-hidden="true">!</span>
          <p>{e.text}</p>
        </div>
      ))}
    </div>
  );
}
