import type { Delivery } from "../bindings/Delivery";
import { RelativeTime } from "../components/RelativeTime";
import { VirtualList } from "../components/VirtualList";
import { DeliveryStatusBadge } from "./DeliveryStatusBadge";
import { lastOutcome, nextAttemptText } from "./timeline";

const ROW_HEIGHT = 58;

interface Props {
  deliveries: Delivery[];
  selected: string | null;
  onSelect: (id: string) => void;
  onNearEnd: () => void;
  now: number;
}

/** The log, newest first, virtualized; j/k move. Rows change in place as deliveries progress. */
export function DeliveryList({ deliveries, selected, onSelect, onNearEnd, now }: Props) {
  return (
    <VirtualList
      items={deliveries}
      idOf={(d) => d.id}
      rowHeight={ROW_HEIGHT}
      selected={selected}
      onSelect={onSelect}
      onNearEnd={onNearEnd}
      label="Deliveries, newest first"
      idPrefix="delivery"
      className="virtual-list delivery-list"
      rowTestId="delivery-row"
      renderRow={(d) => {
        const outcome = lastOutcome(d);
        const next = nextAttemptText(d, now);
        return (
          <>
            <div className="row-line">
              <DeliveryStatusBadge status={d.status} />
              <span className="path" title={d.event}>{d.event}</span>
              <span className="row-end muted"><RelativeTime at={d.created_at} now={now} /></span>
            </div>
            <div className="row-line meta">
              <span className="ellipsis webhook-name" title={d.webhook_name}>{d.webhook_name}</span>
              <span title="Attempts made">{d.attempts} {d.attempts === 1 ? "attempt" : "attempts"}</span>
              {outcome && <span className={`status ${outcome.tone} ellipsis`} title={outcome.text}>{outcome.text}</span>}
              {next && <span className="next-attempt" data-testid="next-attempt">{next}</span>}
            </div>
          </>
        );
      }}
    />
  );
}
