import { useQuery } from "@tanstack/react-query";

import { api } from "../api";

/** The profile's documentation: what the provider documents and what Hookbench chose. Text only. */
export function ProviderDocs({ provider }: { provider: string }) {
  const profile = useQuery({ queryKey: ["provider", provider], queryFn: () => api.provider(provider) });
  if (!profile.data) return null;
  return (
    <details className="docs">
      <summary>About {profile.data.name}: signature, choices, rules</summary>
      <p className="muted">{profile.data.description}</p>
      <div className="docs-text" data-testid="provider-docs">{profile.data.docs}</div>
    </details>
  );
}
