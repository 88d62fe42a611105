import { compareAlerts, type Alert, type Severity } from './alert';

/**
 * First word of each Flags line. Conditional formatting keys on the cell's first word, e.g.
 * `=LEFT($X2,6)="URGENT"`, so the most urgent line always comes first.
 */
export const FLAG_PREFIX: Readonly<Record<Severity, string>> = {
  urgent: 'URGENT',
  warning: 'WARNING',
  info: 'INFO',
};

/** The Flags cell for one case: one line per alert, most urgent first, '' when none. @example formatFlags(alerts) // "URGENT: Agreement expired 2026-03-01 while Active\nWARNING: …" */
export function formatFlags(alerts: readonly Alert[]): string {
  return [...alerts]
    .sort(compareAlerts)
    .map((a) => `${FLAG_PREFIX[a.severity]}: ${a.message}`)
    .join('\n');
}

/** Flags text per Case ID for a whole run (cases without alerts are absent: their cell becomes ''). */
export function flagsByCase(alerts: readonly Alert[]): Map<string, string> {
  const grouped = new Map<string, Alert[]>();
  for (const a of alerts) {
    const list = grouped.get(a.caseId);
    if (list) list.push(a);
    else grouped.set(a.caseId, [a]);
  }
  const flags = new Map<string, string>();
  for (const [caseId, list] of grouped) flags.set(caseId, formatFlags(list));
  return flags;
}
