/**
 * Drafts the SCA request letter from the case. Only facts on the row, the logs and Settings go in;
 * anything missing is a [Placeholder] for the coordinator to fill, never an invented value. The letter
 * goes to the payer, so it may name the patient reference and Member ID (alert emails never do).
 */
import type { IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import type { InNetworkAttempt } from './in-network-search-sheet';
import { packetChecklist } from './packet';
import type { PlanRule } from './plan-rule';
import type { Settings } from './settings';
import type { ScaType } from './vocabulary';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date as a letter writes it. @example letterDate('2026-03-08') // 'March 8, 2026' */
export function letterDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1] ?? ''} ${d ?? ''}, ${y ?? ''}`;
}

const or = (value: string, placeholder: string): string => (value.trim() === '' ? `[${placeholder}]` : value.trim());
const money = (n: number | null, placeholder: string): string => (n === null ? `[${placeholder}]` : `$${n.toFixed(2)}`);
const dateOr = (iso: IsoDate | null, placeholder: string): string => (iso === null ? `[${placeholder}]` : letterDate(iso));

/** A list value mid-sentence: lower-case words, acronyms kept (ABA, OT). */
const inSentence = (name: string): string =>
  name
    .split(' ')
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()))
    .join(' ');

const JUSTIFICATION: Readonly<Record<ScaType, string>> = {
  'Network gap': "No in-network provider can reasonably meet the member's clinical and timing needs (network gap).",
  'Continuity of care':
    'The member is in an active course of treatment with our clinic; changing providers now would interrupt care (continuity of care).',
  'Credentialing bridge':
    "Our clinic's credentialing with the plan is in progress; this agreement bridges care until it is complete (credentialing bridge).",
  Other: '[Reason for the request]',
};

/** Summary lines of the in-network search: count, period, waits, distances, reasons. */
export function searchSummary(attempts: readonly InNetworkAttempt[]): string[] {
  if (attempts.length === 0) return ['[Summary of the in-network providers contacted: who, when, wait offered, distance, why unsuitable]'];
  const dates = attempts.map((a) => a.date).filter((d): d is IsoDate => d !== null).sort();
  const period = dates.length > 0 ? ` between ${letterDate(dates[0] ?? '')} and ${letterDate(dates[dates.length - 1] ?? '')}` : '';
  const lines = [`We contacted ${attempts.length} in-network provider${attempts.length === 1 ? '' : 's'}${period}.`];
  const waits = attempts.map((a) => a.waitDays).filter((w): w is number => w !== null);
  if (waits.length > 0) lines.push(`Longest wait offered: ${Math.max(...waits)} days (shortest ${Math.min(...waits)} days).`);
  const miles = attempts.map((a) => a.distanceMiles).filter((m): m is number => m !== null);
  if (miles.length > 0) lines.push(`Distances: ${Math.min(...miles)} to ${Math.max(...miles)} miles from the member.`);
  const reasons = [...new Set(attempts.map((a) => a.whyUnsuitable.trim()).filter((r) => r !== ''))];
  if (reasons.length > 0) lines.push(`Why they could not serve the member: ${reasons.join('; ')}.`);
  for (const a of attempts) {
    const facts = [
      a.waitDays !== null ? `wait ${a.waitDays} days` : '',
      a.distanceMiles !== null ? `${a.distanceMiles} miles` : '',
      a.whyUnsuitable.trim(),
    ].filter((f) => f !== '');
    lines.push(`  - ${a.date ? `${a.date}: ` : ''}${or(a.provider, 'Provider')}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`);
  }
  return lines;
}

/**
 * The request letter as plain text: clinic identity, member, requested services and rate, the
 * justification (SCA type and in-network search), the enclosures checklist, and a request for written terms.
 * @example draftRequestLetter(c, rule, settings, attempts, '2026-03-08') // 'Sunrise Therapy\nNPI: …\n\nMarch 8, 2026\n…'
 */
export function draftRequestLetter(
  c: ScaCase,
  planRule: PlanRule,
  settings: Settings,
  attempts: readonly InNetworkAttempt[],
  today: IsoDate,
): string {
  const clinic = or(settings.clinicName, 'Clinic name');
  const checklist = packetChecklist(c, planRule, attempts.length);
  const enclosures = checklist.items
    .filter((line) => line.required || line.done)
    .map((line) => `  ${line.done ? '☑' : '☐'} ${line.item}`);
  const codes = c.approvedCodes.length > 0 ? c.approvedCodes.join(', ') : '[CPT/HCPCS codes]';
  const lines = [
    clinic,
    `NPI: ${or(settings.clinicNpi, 'Clinic NPI')} · TIN: ${or(settings.clinicTin, 'Clinic TIN')}`,
    or(settings.clinicContact, 'Clinic contact'),
    '',
    letterDate(today),
    '',
    `To: ${or(c.payer, 'Payer')}${planRule.channel !== '' ? ` (by ${planRule.channel.toLowerCase()})` : ''}`,
    'Re: Request for a Single Case Agreement',
    `Patient: ${or(c.patient, 'Patient')}`,
    `Member ID: ${or(c.memberId, 'Member ID')}`,
    ...(c.payerReference !== '' ? [`Payer reference #: ${c.payerReference}`] : []),
    ...(c.caseId !== '' ? [`Our reference: ${c.caseId}`] : []),
    '',
    'Dear Reviewer,',
    '',
    `${clinic} requests a single case agreement to provide ${or(inSentence(c.serviceLine), 'services')} to the member above as an out-of-network provider.`,
    '',
    'Requested services',
    `  - Codes: ${codes}`,
    `  - Units: ${c.unitsRequested === null ? '[Units requested]' : String(c.unitsRequested)}`,
    '  - Frequency: [Frequency, e.g. 1 visit per week]',
    `  - Dates: ${dateOr(c.startDate, 'Start date')} to ${dateOr(c.endDate, 'End date')}`,
    `  - Requested rate: ${money(c.requestedRate, 'Requested rate')} per unit`,
    '',
    'Why a single case agreement is needed',
    `  ${c.scaType === '' ? '[Reason for the request]' : JUSTIFICATION[c.scaType]}`,
    ...searchSummary(attempts).map((line) => (line.startsWith('  ') ? line : `  ${line}`)),
    '  The enclosed clinical documentation supports the medical necessity of these services.',
    '',
    'Enclosed',
    ...enclosures,
    '',
    'Please confirm the agreement in writing, with the SCA number, approved codes, rate, units and dates.',
    '',
    'Sincerely,',
    '[Name, title]',
    clinic,
    or(settings.clinicContact, 'Clinic contact'),
  ];
  return lines.join('\n');
}

/** The [Placeholders] left in a draft, for the sidebar to highlight. */
export function letterPlaceholders(letter: string): string[] {
  return [...new Set(letter.match(/\[[^\]\n]+\]/g) ?? [])];
}
