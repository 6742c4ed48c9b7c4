import type { DeliveryStatus } from "../bindings/DeliveryStatus";
import { STATUS_LABELS } from "./timeline";

/** A delivery's status as a coloured word (the word carries the meaning; the colour repeats it). */
export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <span className={`delivery-status ${status}`} data-testid="delivery-status">{STATUS_LABELS[status]}</span>;
}
