/**
 * Wall-clock times in a named time zone without a date library. "Today" in the preview is the
 * spreadsheet's calendar date, so instants are built from the zone's offset on that day (DST-safe).
 */

function parts(instant: Date, timeZone: string): Record<string, number> {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** Offset of `timeZone` from UTC at `instant`, in ms (negative west of Greenwich). */
function offsetMs(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p['year'] ?? 0, (p['month'] ?? 1) - 1, p['day'] ?? 1, p['hour'] ?? 0, p['minute'] ?? 0, p['second'] ?? 0);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` reads `isoDate` `hour`:00. @example zonedInstant('2026-03-09', 9, 'America/New_York') // 13:00Z */
export function zonedInstant(isoDate: string, hour: number, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`Not a date: ${isoDate}`);
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour);
  // Two passes: the offset at the guess can differ from the offset at the answer across a DST change.
  const first = guess - offsetMs(new Date(guess), timeZone);
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

/** The calendar date of `instant` in `timeZone`, 'YYYY-MM-DD'. */
export function zonedDate(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  const pad = (n: number | undefined, w: number): string => String(n ?? 0).padStart(w, '0');
  return `${pad(p['year'], 4)}-${pad(p['month'], 2)}-${pad(p['day'], 2)}`;
}

/** Adds whole calendar days to 'YYYY-MM-DD'. */
export function addDays(isoDate: string, days: number): string {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
