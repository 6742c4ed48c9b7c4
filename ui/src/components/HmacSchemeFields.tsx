import type { HmacScheme } from "../bindings/HmacScheme";

export const DEFAULT_HMAC: HmacScheme = {
  algorithm: "sha256",
  encoding: "hex",
  header: "X-Signature",
  prefix: "",
  content: "body",
  timestamp_format: "unix",
};

/** The generic profile's signing: every part of a custom HMAC scheme. */
export function HmacSchemeFields({ value, onChange }: { value: HmacScheme; onChange: (scheme: HmacScheme) => void }) {
  const set = <K extends keyof HmacScheme>(key: K, v: HmacScheme[K]) => onChange({ ...value, [key]: v });
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  return (
    <fieldset className="scheme-fields" data-testid="hmac-scheme">
      <legend>Custom HMAC scheme</legend>
      <label className="field">
        <span>Algorithm</span>
        <select value={value.algorithm} onChange={(e) => set("algorithm", e.target.value as HmacScheme["algorithm"])}>
          <option value="sha1">HMAC-SHA1</option>
          <option value="sha256">HMAC-SHA256</option>
          <option value="sha512">HMAC-SHA512</option>
        </select>
      </label>
      <label className="field">
        <span>Encoding</span>
        <select value={value.encoding} onChange={(e) => set("encoding", e.target.value as HmacScheme["encoding"])}>
          <option value="hex">hex</option>
          <option value="base64">base64</option>
        </select>
      </label>
      <label className="field">
        <span>Signed content</span>
        <select value={value.content} onChange={(e) => set("content", e.target.value as HmacScheme["content"])}>
          <option value="body">body</option>
          <option value="timestamp.body">timestamp.body</option>
          <option value="id.timestamp.body">id.timestamp.body</option>
        </select>
      </label>
      <label className="field">
        <span>Signature header</span>
        <input value={value.header} onChange={(e) => set("header", e.target.value)} spellCheck={false} />
      </label>
      <label className="field">
        <span>Prefix</span>
        <input value={value.prefix} onChange={(e) => set("prefix", e.target.value)} placeholder="e.g. sha256=" spellCheck={false} />
      </label>
      <label className="field">
        <span>Timestamp header</span>
        <input
          value={value.timestamp_header ?? ""}
          onChange={(e) => set("timestamp_header", optional(e.target.value))}
          placeholder={value.content === "body" ? "(none)" : "required, e.g. X-Timestamp"}
          spellCheck={false}
        />
      </label>
      <label className="field">
        <span>Id header</span>
        <input
          value={value.id_header ?? ""}
          onChange={(e) => set("id_header", optional(e.target.value))}
          placeholder={value.content === "id.timestamp.body" ? "required, e.g. X-Id" : "(none)"}
          spellCheck={false}
        />
      </label>
    </fieldset>
  );
}
