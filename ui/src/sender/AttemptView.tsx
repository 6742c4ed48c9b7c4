import type { Attempt } from "../bindings/Attempt";
import type { Timings } from "../bindings/Timings";
import { bodyAndHeadersTabs, MessageSide } from "../components/MessageSide";
import { bodySize, exactTime, formatBytes, statusClass } from "../format";
import { durationText, ERROR_KINDS, timingSegments } from "./timeline";

/** One attempt: the exact request beside the raw response (or the transport error), and its timings. */
export function AttemptView({ attempt }: { attempt: Attempt }) {
  const { request, response, error } = attempt;
  return (
    <section className="attempt" aria-label={`Attempt ${attempt.number}`} data-testid="attempt-view">
      <header className="request-line">
        <span className={`method method-${request.method.toLowerCase()}`}>{request.method}</span>
        <code className="target" data-testid="attempt-url">{request.url}</code>
      </header>
      <dl className="facts">
        <div><dt>Started</dt><dd className="mono">{exactTime(attempt.started_at)}</dd></div>
        <div><dt>Connected to</dt><dd className="mono">{attempt.remote_addr ?? "—"}</dd></div>
        <div><dt>Sent</dt><dd>{formatBytes(bodySize(request.body))}</dd></div>
      </dl>
      {attempt.redirects.length > 0 && (
        <ol className="redirects" aria-label="Redirects followed" data-testid="attempt-redirects">
          {attempt.redirects.map((hop, i) => (
            <li key={i}>
              <span className={`status ${statusClass(hop.status)}`}>{hop.status}</span>{" "}
              <span className="mono">{hop.method} {hop.url}</span> <span className="muted">→ Location:</span>{" "}
              <span className="mono">{hop.location || "(none)"}</span>
            </li>
          ))}
        </ol>
      )}
      <TimingsBar timings={attempt.timings} />
      <div className="pair">
        <MessageSide label="Request" title="Request sent" tabs={bodyAndHeadersTabs(request)} testId="attempt-request" />
        {response ? (
          <MessageSide
            label="Response"
            testId="attempt-response"
            title={
              <>
                Response{" "}
                <span className={`status ${statusClass(response.status)}`} data-testid="attempt-status">
                  {response.status}{response.reason ? ` ${response.reason}` : ""}
                </span>
                <span className="muted">{response.version}</span>
              </>
            }
            tabs={bodyAndHeadersTabs(response, {
              size: response.body_size,
              bodyNote: response.truncated ? (
                <p className="validation invalid" data-testid="truncated">
                  Truncated: the answer had {formatBytes(response.body_size)}; the first {formatBytes(bodySize(response.body))} are kept.
                </p>
              ) : null,
            })}
          />
        ) : (
          <section className="side error-side" aria-label="Transport error" data-testid="attempt-error">
            <h3 className="side-title">No response</h3>
            {error ? (
              <>
                <p className="error-kind">{ERROR_KINDS[error.kind]} <span className="muted mono">{error.kind}</span></p>
                <pre className="mono verbatim">{error.message}</pre>
              </>
            ) : (
              <p className="muted">The attempt ended without an answer or an error.</p>
            )}
          </section>
        )}
      </div>
    </section>
  );
}

function connectText(timings: Timings): string {
  if (timings.reused) return "connection reused";
  return `connect ${timings.connect_ms === null ? "failed" : durationText(timings.connect_ms)}`;
}

/** Connect, wait for the first byte, receive: proportional segments with their durations. */
export function TimingsBar({ timings }: { timings: Timings }) {
  const segments = timingSegments(timings);
  return (
    <figure className="timings" data-testid="timings">
      <div className={`timings-bar ${timings.connect_ms === null && !timings.reused ? "failed" : ""}`} role="img" aria-label={segments.map((s) => `${s.label} ${durationText(s.ms)}`).join(", ") || "No timings"}>
        {segments.map((s) => (
          <span key={s.key} className={`timing ${s.key}`} style={{ left: `${s.start}%`, width: `max(${s.width}%, 2px)` }} title={`${s.label}: ${durationText(s.ms)}`} />
        ))}
      </div>
      <figcaption className="timings-legend">
        <span><i className="swatch connect" />{connectText(timings)}</span>
        <span><i className="swatch wait" />first byte {timings.first_byte_ms === null ? "—" : durationText(timings.first_byte_ms)}</span>
        <span><i className="swatch receive" />total {durationText(timings.total_ms)}</span>
      </figcaption>
    </figure>
  );
}
