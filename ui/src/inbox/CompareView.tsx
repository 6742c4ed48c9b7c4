import { useMemo } from "react";

import type { Capture } from "../bindings/Capture";
import type { Header } from "../bindings/Header";
import { compareBodies, headerDiff, type BodyComparison, type Change, type HeaderChange, type LineOp } from "../diff";
import { exactTime, formatBytes, statusClass } from "../format";

/**
 * Two captures side by side: request lines, a header diff and a body diff. Everything captured
 * is rendered as text (React children), never as markup.
 */
export function CompareView({ left, right }: { left: Capture; right: Capture }) {
  const headers = useMemo(() => headerDiff(left.headers, right.headers), [left, right]);
  const body = useMemo(() => compareBodies(left.body, right.body), [left, right]);
  return (
    <article className="compare" data-testid="compare-view">
      <section className="compare-requests" aria-label="Requests">
        <RequestSide label="Left" capture={left} other={right} />
        <RequestSide label="Right" capture={right} other={left} />
      </section>
      <section className="compare-section" aria-labelledby="compare-headers">
        <h3 id="compare-headers">Headers</h3>
        <HeaderChanges changes={headers} total={left.headers.length} />
      </section>
      <section className="compare-section" aria-labelledby="compare-body">
        <h3 id="compare-body">Body</h3>
        <BodyDiff comparison={body} />
      </section>
    </article>
  );
}

const target = (c: Capture) => (c.query === null ? c.path : `${c.path}?${c.query}`);

function RequestSide({ label, capture: c, other }: { label: string; capture: Capture; other: Capture }) {
  const differs = (same: boolean) => (same ? "" : " compare-differs");
  return (
    <div className="compare-side" data-testid={`compare-${label.toLowerCase()}`}>
      <div className="compare-side-label">
        {label} <span className="mono muted">{c.id}</span>
      </div>
      <div className="request-line">
        <span className={`method method-${c.method.toLowerCase()}${differs(c.method === other.method)}`}>{c.method}</span>
        <code className={`target${differs(target(c) === target(other))}`}>{target(c)}</code>
        <span className={`muted${differs(c.http_version === other.http_version)}`}>{c.http_version}</span>
      </div>
      <dl className="facts">
        <div><dt>Received</dt><dd className="mono">{exactTime(c.received_at)}</dd></div>
        <div><dt>From</dt><dd className="mono">{c.remote_addr}</dd></div>
        <div>
          <dt>Body</dt>
          <dd className={differs(c.body_size === other.body_size && c.content_type === other.content_type).trim() || undefined}>
            {formatBytes(c.body_size)}
            {c.content_type ? ` · ${c.content_type}` : ""}
          </dd>
        </div>
        <div>
          <dt>Answered</dt>
          <dd className={differs(c.response_status === other.response_status).trim() || undefined}>
            <span className={`status ${statusClass(c.response_status)}`}>{c.response_status}</span>
          </dd>
        </div>
      </dl>
    </div>
  );
}

function HeaderValue({ header }: { header?: Header }) {
  if (!header) return <span className="muted">—</span>;
  return (
    <>
      {header.value === "" ? <span className="muted">(empty)</span> : header.value}
      {header.raw_base64 && <span className="badge" title="The value is not valid UTF-8; shown lossily">binary</span>}
    </>
  );
}

function HeaderChanges({ changes, total }: { changes: HeaderChange[]; total: number }) {
  if (changes.length === 0) return <p className="muted" data-testid="headers-identical">Headers are identical.</p>;
  const identical = total - changes.filter((c) => c.kind !== "added").length;
  return (
    <>
      <table className="kv compare-table" data-testid="header-diff">
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col">Name</th>
            <th scope="col">Left</th>
            <th scope="col">Right</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change, index) => (
            <tr key={index} className={`compare-${change.kind}`}>
              <td className="compare-kind">
                {change.kind === "moved" ? `moved ${change.beforeIndex + 1} → ${change.afterIndex + 1}` : change.kind}
              </td>
              <td className="mono name">{change.name}</td>
              <td className="mono value">
                <HeaderValue header={change.kind === "added" ? undefined : change.before} />
              </td>
              <td className="mono value">
                <HeaderValue header={change.kind === "removed" ? undefined : change.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted compare-note">
        {identical === 1 ? "1 other header is identical." : `${identical} other headers are identical.`}
      </p>
    </>
  );
}

function BodyDiff({ comparison }: { comparison: BodyComparison }) {
  switch (comparison.kind) {
    case "identical":
      return <p className="muted" data-testid="bodies-identical">Bodies are identical.</p>;
    case "binary":
      return (
        <p data-testid="body-binary">
          Binary bodies differ: {formatBytes(comparison.beforeSize)} and {formatBytes(comparison.afterSize)}, first
          difference at byte {comparison.firstDifference} (0x{comparison.firstDifference.toString(16)}).
        </p>
      );
    case "json":
      return comparison.changes.length === 0 ? (
        <p className="muted" data-testid="bodies-equivalent">
          Both bodies are the same JSON; they differ only in formatting or key order.
        </p>
      ) : (
        <JsonChanges changes={comparison.changes} />
      );
    case "text":
      return <LineDiff ops={comparison.lines} />;
  }
}

const showJson = (value: unknown) => JSON.stringify(value, null, 2) ?? String(value);

function JsonChanges({ changes }: { changes: Change[] }) {
  return (
    <table className="kv compare-table" data-testid="json-diff">
      <thead>
        <tr>
          <th scope="col">Change</th>
          <th scope="col">Path</th>
          <th scope="col">Left</th>
          <th scope="col">Right</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change, index) => (
          <tr key={index} className={`compare-${change.kind}`}>
            <td className="compare-kind">{change.kind}</td>
            <td className="mono name">{change.path === "" ? <span className="muted">(whole body)</span> : change.path}</td>
            <td className="mono value">
              {change.kind === "added" ? <span className="muted">—</span> : <pre className="compare-json">{showJson(change.before)}</pre>}
            </td>
            <td className="mono value">
              {change.kind === "removed" ? <span className="muted">—</span> : <pre className="compare-json">{showJson(change.after)}</pre>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Shown = LineOp | { kind: "skip"; count: number };

/** Long runs of unchanged lines fold down to `context` lines around each change. */
function fold(ops: LineOp[], context = 3): Shown[] {
  const shown: Shown[] = [];
  for (let i = 0; i < ops.length; ) {
    if (ops[i].kind !== "same") {
      shown.push(ops[i++]);
      continue;
    }
    let end = i;
    while (end < ops.length && ops[end].kind === "same") end++;
    const head = i === 0 ? 0 : context;
    const tail = end === ops.length ? 0 : context;
    if (end - i > head + tail + 1) {
      shown.push(...ops.slice(i, i + head), { kind: "skip", count: end - i - head - tail }, ...ops.slice(end - tail, end));
    } else {
      shown.push(...ops.slice(i, end));
    }
    i = end;
  }
  return shown;
}

function LineDiff({ ops }: { ops: LineOp[] }) {
  const first = ops[0];
  if (first?.kind === "too-large") {
    return (
      <p data-testid="body-too-large">
        Bodies differ, but are too large to diff line by line ({first.beforeLines} and {first.afterLines} lines; the
        part that differs may span at most {first.limit} lines on each side).
      </p>
    );
  }
  return (
    <div className="line-diff mono" data-testid="line-diff" role="table" aria-label="Line differences">
      {fold(ops).map((op, index) => {
        if (op.kind === "skip") {
          return (
            <div key={index} className="diff-line diff-skip" role="row">
              <span role="cell">… {op.count} unchanged {op.count === 1 ? "line" : "lines"} …</span>
            </div>
          );
        }
        if (op.kind === "too-large") return null;
        const mark = op.kind === "added" ? "+" : op.kind === "removed" ? "−" : " ";
        return (
          <div key={index} className={`diff-line diff-${op.kind}`} role="row">
            <span className="diff-number" role="cell">{op.kind === "added" ? "" : op.before}</span>
            <span className="diff-number" role="cell">{op.kind === "removed" ? "" : op.after}</span>
            <span className="diff-mark" role="cell" aria-label={op.kind}>{mark}</span>
            <span className="diff-text" role="cell">{op.text}</span>
          </div>
        );
      })}
    </div>
  );
}
