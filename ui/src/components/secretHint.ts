/**
 * What a secret field takes, for schemes where the prefix chooses the signature (Standard
 * Webhooks: v1 HMAC or v1a ed25519); null for the others, whose one kind of secret needs no word.
 */
export function secretHint(signingScheme: string | undefined, use: "sign" | "verify"): string | null {
  if (signingScheme !== "standard-webhooks") return null;
  return use === "sign"
    ? "whsec_… signs v1 (HMAC); whsk_… signs v1a (ed25519), which the consumer verifies with its whpk_… public key."
    : "whsec_… verifies v1 (HMAC) signatures; whpk_… (or the whsk_… it belongs to) verifies v1a (ed25519).";
}
