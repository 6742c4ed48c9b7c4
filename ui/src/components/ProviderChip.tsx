import { useQuery } from "@tanstack/react-query";

import { api } from "../api";

/** The providers' display names, loaded once and shared by every chip. */
export function useProviderNames(): (id: string) => string {
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers, staleTime: Infinity });
  return (id) => providers.data?.find((p) => p.id === id)?.name ?? id;
}

interface Props {
  provider: string;
  event?: string | null;
  /** Clicking filters the list by this provider and event. */
  onPick?: (provider: string, event?: string) => void;
}

/** What arrived: "GitHub · pull_request.closed". A button when it filters the list. */
export function ProviderChip({ provider, event, onPick }: Props) {
  const nameOf = useProviderNames();
  const text = event ? `${nameOf(provider)} · ${event}` : nameOf(provider);
  if (!onPick) {
    return <span className="provider-chip" title={text} data-testid="provider-chip">{text}</span>;
  }
  return (
    <button
      type="button"
      className="provider-chip"
      title={`${text}: show only these`}
      onClick={(e) => {
        e.stopPropagation();
        onPick(provider, event ?? undefined);
      }}
      tabIndex={-1}
      data-testid="provider-chip"
    >
      {text}
    </button>
  );
}

const SIGNATURE_TITLES: Record<string, string> = {
  valid: "Signature valid with a known secret",
  invalid: "Signature does not match any known secret",
  unsigned: "No signature, though a secret is known for this provider",
};

/** The signature state against a known secret (inbox verification or a saved provider secret). */
export function SignatureBadge({ state }: { state: string }) {
  return (
    <span className={`sig ${state}`} title={SIGNATURE_TITLES[state] ?? state} data-testid="signature-state">
      {state}
    </span>
  );
}
