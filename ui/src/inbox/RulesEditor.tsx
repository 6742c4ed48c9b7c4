import type { ResponseRule } from "../bindings/ResponseRule";
import type { RuleMatch } from "../bindings/RuleMatch";
import { ResponseFields } from "./ResponseFields";

const NEW_RULE: ResponseRule = {
  name: "",
  when: {},
  response: { status: 500, content_type: "application/json", headers: [], body: '{"error":"simulated failure"}', delay_ms: 0 },
};

/** The ordered rule list: conditions (all must hold) and the response each chooses. */
export function RulesEditor({ rules, onChange }: { rules: ResponseRule[]; onChange: (rules: ResponseRule[]) => void }) {
  const update = (index: number, rule: ResponseRule) => onChange(rules.map((r, i) => (i === index ? rule : r)));
  const move = (index: number, by: number) => {
    const next = [...rules];
    const [rule] = next.splice(index, 1);
    next.splice(index + by, 0, rule);
    onChange(next);
  };
  return (
    <div className="rules" data-testid="rules">
      {rules.map((rule, index) => {
        const when = rule.when;
        const setWhen = (patch: Partial<RuleMatch>) => update(index, { ...rule, when: { ...when, ...patch } });
        const text = (v: string) => (v.trim() ? v : undefined);
        return (
          <fieldset key={index} className="rule">
            <legend>Rule {index + 1}</legend>
            <div className="field-row">
              <label className="field"><span>Name</span><input value={rule.name} onChange={(e) => update(index, { ...rule, name: e.target.value })} /></label>
              <label className="field narrow"><span>Method</span><input value={when.method ?? ""} onChange={(e) => setWhen({ method: text(e.target.value) })} placeholder="any" /></label>
              <label className="field"><span>Path glob</span><input value={when.path_glob ?? ""} onChange={(e) => setWhen({ path_glob: text(e.target.value) })} placeholder="/inbox/orders/*" spellCheck={false} /></label>
              <label className="field narrow"><span>Every Nth</span><input type="number" min={1} value={when.every_nth ?? ""} onChange={(e) => setWhen({ every_nth: e.target.value ? Number(e.target.value) : undefined })} placeholder="-" /></label>
            </div>
            <div className="field-row">
              <label className="field"><span>Header name</span><input value={when.header?.name ?? ""} onChange={(e) => setWhen({ header: e.target.value ? { name: e.target.value, value_glob: when.header?.value_glob ?? "*" } : undefined })} spellCheck={false} /></label>
              <label className="field"><span>Header value glob</span><input value={when.header?.value_glob ?? ""} disabled={!when.header} onChange={(e) => when.header && setWhen({ header: { ...when.header, value_glob: e.target.value } })} spellCheck={false} /></label>
              <label className="field"><span>Body contains</span><input value={when.body_contains ?? ""} onChange={(e) => setWhen({ body_contains: text(e.target.value) })} spellCheck={false} /></label>
            </div>
            <ResponseFields value={rule.response} onChange={(response) => update(index, { ...rule, response })} />
            <div className="toolbar">
              <button type="button" disabled={index === 0} onClick={() => move(index, -1)}>Move up</button>
              <button type="button" disabled={index === rules.length - 1} onClick={() => move(index, 1)}>Move down</button>
              <button type="button" onClick={() => onChange(rules.filter((_, i) => i !== index))}>Remove rule</button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...rules, NEW_RULE])} data-testid="add-rule">Add rule</button>
    </div>
  );
}
