/**
 * Status words as clinics type them, mapped to the tracker's statuses. Rules are tried in order on the
 * lower-cased text with punctuation as spaces, so merged words ('Approved-verbal', 'pending/sent',
 * 'DENIED - in network') still read. A word meaning "approved" becomes Approved (written) only when the
 * row also has a written confirmation date; otherwise Approved (verbal) — verbal is not an agreement.
 */
import type { DenialReason, Status } from '../vocabulary';

/** What a status cell says: the status (or 'approved', decided by the written date) and a denial reason it names. */
export interface StatusReading {
  readonly status: Status | 'approved';
  readonly denialReason?: DenialReason;
}

type Rule = readonly [pattern: RegExp, status: Status | 'approved'];

const RULES: readonly Rule[] = [
  [/\bappeal/, 'Appealed'],
  [/\b(den(y|ied|ial)|declined|rejected)\b/, 'Denied'],
  [/\bverbal(ly)?\b|\bby phone\b/, 'Approved (verbal)'],
  [/\b(written|letter)\b.*\b(approv|rec)|\bapprov\w* (in )?writ/, 'Approved (written)'],
  [/\b(negotiat\w*|counter\w*|offer\w*)\b/, 'In negotiation'],
  [/\b(pending|awaiting|waiting|in review|under review)\b/, 'Submitted'],
  [/\b(active|in effect|current|in service|ongoing|started)\b/, 'Active'],
  [/\b(approv\w*|auth(ori[sz]ed)? rec(eive)?d?|authori[sz]ed|granted|accepted)\b/, 'approved'],
  [/\b(closed?|expired|complete[d]?|discharged|ended|cancell?ed|withdrawn|done|inactive)\b/, 'Closed'],
  [/\b(sent|submitted|faxed|mailed|requested)\b/, 'Submitted'],
  [/\b(assembl\w*|gathering|collecting|packet|in progress|drafting|preparing|docs needed)\b/, 'Assembling packet'],
  [/\b(new|identified|intake|referr\w*|not started|to do|todo)\b/, 'Identified'],
];

const DENIAL_RULES: ReadonlyArray<readonly [RegExp, DenialReason]> = [
  [/\bin ?network\b|\binn\b|\bnetwork (provider )?available\b/, 'In-network provider available'],
  [/\bmedical(ly)? necess|\bnot necessary\b|\bmed nec\b/, 'Medical necessity unclear'],
  [/\bmissing\b|\bincomplete\b|\brecords?\b|\bdocs?\b|\bdocumentation\b/, 'Missing documentation'],
  [/\bno scas?\b|\bdoes not allow\b|\bnot allowed\b|\bdoesnt allow\b/, 'Plan does not allow SCAs'],
  [/\bafter services?\b|\bretro\w*\b/, 'Requested after services began'],
];

/** Text with case, dashes and slashes flattened: 'Denied – In-Network' → 'denied in network'. */
function flatten(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The status a cell's text names, or null when no rule knows it (a problem, kept in Notes).
 * @example readStatusWords('pending') // { status: 'Submitted' }
 * @example readStatusWords('Denied – in network') // { status: 'Denied', denialReason: 'In-network provider available' }
 */
export function readStatusWords(text: string): StatusReading | null {
  const flat = flatten(text);
  if (flat === '') return null;
  for (const [pattern, status] of RULES) {
    if (!pattern.test(flat)) continue;
    if (status !== 'Denied') return { status };
    const reason = DENIAL_RULES.find(([p]) => p.test(flat.replace(/\b(den(y|ied|ial)|declined|rejected)\b/, '')))?.[1];
    return reason ? { status, denialReason: reason } : { status };
  }
  return null;
}

/** The final status once the row's written confirmation date is known. */
export function settleStatus(reading: StatusReading, hasWrittenDate: boolean): Status {
  if (reading.status !== 'approved') return reading.status;
  return hasWrittenDate ? 'Approved (written)' : 'Approved (verbal)';
}
