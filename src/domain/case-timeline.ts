import type { IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import { safeDate, safeText } from './safe-values';
import type { StatusChange } from './status-change';
import type { Status } from './vocabulary';

const APPROVED: readonly Status[] = ['Approved (verbal)', 'Approved (written)', 'Active'];
const DENIED: readonly Status[] = ['Denied', 'Appealed'];
const WRITTEN: readonly Status[] = ['Approved (written)', 'Active'];

/** The milestones and outcome of one case, from its History events, with case fields where events are missing. */
export interface CaseTimeline {
  /** The creation event (from ''), else the earliest event; null without events. */
  readonly identifiedOn: IsoDate | null;
  /** First event to Submitted, else Submitted on. */
  readonly submittedOn: IsoDate | null;
  /** First event to an approval or denial status, else Decision on. */
  readonly decidedOn: IsoDate | null;
  /** First event to an approval status, else Decision on when the case was approved. */
  readonly approvedOn: IsoDate | null;
  /** First event to Approved (written) or Active, else Written confirmation on. */
  readonly writtenOn: IsoDate | null;
  /** The payer's first answer: approved, denied, or none yet. */
  readonly firstDecision: 'approved' | 'denied' | null;
  /** Where the case ended up: approved, denied, appeal pending, or undecided. */
  readonly outcome: 'approved' | 'denied' | 'appeal pending' | null;
}

/** Groups valid History events by Case ID (trimmed), each list in date order (stable for same-day events). */
export function eventsByCase(events: readonly StatusChange[]): Map<string, StatusChange[]> {
  const byCase = new Map<string, StatusChange[]>();
  for (const e of events) {
    const id = safeText(e.caseId);
    if (!id || !safeDate(e.date)) continue;
    const list = byCase.get(id);
    if (list) list.push(e);
    else byCase.set(id, [e]);
  }
  for (const list of byCase.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byCase;
}

/** Derives a case's milestones and outcome from its sorted events and its fields. */
export function caseTimeline(c: ScaCase, events: readonly StatusChange[]): CaseTimeline {
  const firstTo = (statuses: readonly Status[]): StatusChange | undefined => events.find((e) => statuses.includes(e.to));
  const decision = firstTo([...APPROVED, ...DENIED]);
  const approval = firstTo(APPROVED);
  const fromFields = outcomeFromFields(c);
  const firstDecision = decision ? (APPROVED.includes(decision.to) ? 'approved' : 'denied') : fromFields.first;
  const decidedOn = decision?.date ?? (firstDecision ? safeDate(c.decisionOn) : null);
  return {
    identifiedOn: (events.find((e) => e.from === '') ?? events[0])?.date ?? null,
    submittedOn: firstTo(['Submitted'])?.date ?? safeDate(c.submittedOn),
    decidedOn,
    approvedOn: approval?.date ?? (fromFields.approvedEver || firstDecision === 'approved' ? safeDate(c.decisionOn) : null),
    writtenOn: firstTo(WRITTEN)?.date ?? safeDate(c.writtenConfirmationOn),
    firstDecision,
    outcome: outcomeOf(c, events, fromFields.final),
  };
}

/** The current status decides the outcome; a Closed case keeps its last decision. */
function outcomeOf(c: ScaCase, events: readonly StatusChange[], fromFields: CaseTimeline['outcome']): CaseTimeline['outcome'] {
  if (APPROVED.includes(c.status)) return 'approved';
  if (c.status === 'Denied') return 'denied';
  if (c.status === 'Appealed') return 'appeal pending';
  if (c.status !== 'Closed') return null;
  const last = [...events].reverse().find((e) => APPROVED.includes(e.to) || e.to === 'Denied');
  if (last) return APPROVED.includes(last.to) ? 'approved' : 'denied';
  return fromFields;
}

/** Without History: a denial reason means a denial came first; written terms on a Closed case mean it was approved. */
function outcomeFromFields(c: ScaCase): { first: CaseTimeline['firstDecision']; final: CaseTimeline['outcome']; approvedEver: boolean } {
  const deniedOnce = safeText(c.denialReason) !== '' || DENIED.includes(c.status);
  const termsOnClosed = c.status === 'Closed' && (safeDate(c.writtenConfirmationOn) !== null || safeText(c.scaNumber) !== '');
  const approvedEver = APPROVED.includes(c.status) || termsOnClosed;
  const first = deniedOnce ? 'denied' : approvedEver ? 'approved' : null;
  const final = termsOnClosed ? 'approved' : c.status === 'Closed' && deniedOnce ? 'denied' : null;
  return { first, final, approvedEver };
}
