import type { KeyboardEvent } from "react";

import type { Attempt } from "../bindings/Attempt";
import type { Delivery } from "../bindings/Delivery";
import { exactTime } from "../format";
import { attemptOutcome, durationText, nextAttemptText } from "./timeline";

interface Props {
  delivery: Delivery;
  attempts: Attempt[];
  selected: number | null;
  onSelect: (number: number) => void;
  now: number;
}

/** Every attempt in order (number, time, outcome, duration), then the next one if scheduled. Arrows move. */
export function AttemptTimeline({ delivery, attempts, selected, onSelect, now }: Props) {
  const next = nextAttemptText(delivery, now);
  const index = attempts.findIndex((a) => a.number === selected);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === "ArrowDown" || event.key === "ArrowRight" ? 1 : event.key === "ArrowUp" || event.key === "ArrowLeft" ? -1 : 0;
    const target = attempts[index + step];
    if (step && target) {
      event.preventDefault();
      onSelect(target.number);
      document.getElementById(`attempt-${target.id}`)?.focus();
    }
  };
  return (
    <ol className="timeline" aria-label="Attempts" data-testid="timeline" onKeyDown={onKeyDown}>
      {attempts.map((attempt) => {
        const outcome = attemptOutcome(attempt);
        const current = attempt.number === selected;
        return (
          <li key={attempt.id}>
            <button
              type="button"
              id={`attempt-${attempt.id}`}
              className={`timeline-item ${current ? "selected" : ""}`}
              aria-pressed={current}
              tabIndex={current || (index < 0 && attempt === attempts[attempts.length - 1]) ? 0 : -1}
              onClick={() => onSelect(attempt.number)}
              data-testid="timeline-item"
            >
              <span className={`timeline-dot ${outcome.tone}`} aria-hidden="true" />
              <span className="timeline-number">#{attempt.number}</span>
              <time className="mono muted" dateTime={new Date(attempt.started_at).toISOString()} title={exactTime(attempt.started_at)}>
                {new Date(attempt.started_at).toLocaleTimeString()}
              </time>
              <span className={`status ${outcome.tone}`}>{outcome.text}</span>
              <span className="muted timeline-duration">{durationText(attempt.timings.total_ms)}</span>
            </button>
          </li>
        );
      })}
      {next && (
        <li className="timeline-next" data-testid="timeline-next">
          <span className="timeline-dot pending" aria-hidden="true" />
          <span className="timeline-number">#{delivery.attempts + 1}</span>
          <span>{next}</span>
        </li>
      )}
    </ol>
  );
}
