import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { useDebounced } from "../app/useDebounced";
import { CopyButton } from "../components/CopyButton";

/**
 * Under a Standard Webhooks secret: for a whsk_ secret key, the whpk_ public key the consumer
 * verifies its v1a signatures with (derived by the engine, never stored); for a whpk_ key, that
 * it cannot sign.
 */
export function PublicKeyNote({ secret: typed }: { secret: string }) {
  // A key being typed is asked about once it stops changing.
  const secret = useDebounced(typed, 250);
  const isSecretKey = secret.startsWith("whsk_");
  const pair = useQuery({
    queryKey: ["signing-key-pair", secret],
    queryFn: () => api.signingKeyPair({ secret_key: secret }),
    enabled: isSecretKey,
    staleTime: Infinity,
    retry: false,
  });
  if (secret.startsWith("whpk_")) {
    return (
      <p className="error-text key-note" data-testid="public-key-note">
        A whpk_ public key only verifies: sign with the whsk_ secret key it belongs to, and give this whpk_ key to the consumer.
      </p>
    );
  }
  if (!isSecretKey) return null;
  if (pair.error) return <p className="error-text key-note" role="alert" data-testid="public-key-note">{pair.error.message}</p>;
  if (!pair.data) return null;
  return (
    <p className="key-note" data-testid="public-key-note">
      <span className="muted">Public key for the consumer (verifies v1a):</span>{" "}
      <code data-testid="public-key">{pair.data.public_key}</code>{" "}
      <CopyButton text={pair.data.public_key} label="Copy the public key" />
    </p>
  );
}
