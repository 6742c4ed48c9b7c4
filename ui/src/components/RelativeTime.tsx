import { exactTime, relativeTime } from "../format";

/** "5 min ago", with the exact timestamp on hover. */
export function RelativeTime({ at, now }: { at: number; now: number }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={exactTime(at)}>
      {relativeTime(at, now)}
    </time>
  );
}
