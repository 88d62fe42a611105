/**
 * zod/mini schemas of the sidebar's payloads, with messages a front-desk person understands, per field.
 * Parse at the edge: the use cases receive typed, trimmed values.
 */
import * as z from 'zod/mini';
import '../../domain/zod-setup';
import { ALERT_KINDS } from '../../domain/alert';
import { isIsoDate } from '../../domain/calendar-date';
import { documentLinkProblem } from '../../domain/document-link';
import { CONTACT_DIRECTIONS } from '../../domain/contacts-sheet';
import { CHANNELS, CONTACT_TYPES, DENIAL_REASONS, PACKET_ITEMS, PLAN_TYPES, SCA_TYPES, STATUSES } from '../../domain/vocabulary';
import type { RefusalDto } from '../../dto/refusal';
import { refusal } from './refusal';

const listed = (values: readonly string[]): string => values.join(', ');

/** Text up to `max` characters, trimmed. */
export const text = (label: string, max = 500) =>
  z.string({ error: `${label} must be text.` }).check(z.trim(), z.maxLength(max, `${label} is too long (at most ${max} characters).`));

/** An ISO calendar date 'YYYY-MM-DD'. */
export const isoDate = (label: string) =>
  z.string({ error: `${label}: enter a date.` }).check(
    z.trim(),
    z.refine((s: string) => isIsoDate(s), `${label}: enter a real date (YYYY-MM-DD).`),
  );

/** One of a fixed list. */
export const oneOf = <T extends string>(label: string, values: readonly T[]) =>
  z.enum(values as unknown as readonly [T, ...T[]], { error: `${label}: choose one of ${listed(values)}.` });

/** A number ≥ 0 or null (empty). */
export const amount = (label: string) => z.nullable(z.number({ error: `${label} must be a number.` }).check(z.gte(0, `${label} cannot be negative.`)));

/** A whole number ≥ 0 or null (empty). */
export const whole = (label: string) =>
  z.nullable(z.number({ error: `${label} must be a number.` }).check(z.int(`${label} must be a whole number.`), z.gte(0, `${label} cannot be negative.`)));

export const CASE_ID = z.string({ error: 'Case ID is missing.' }).check(z.trim(), z.regex(/^SCA-\d{4,}$/i, 'Case ID looks like SCA-0001.'));

const BASED_ON = z.object(
  { fingerprint: z.string(), values: z.record(z.string(), z.string()) },
  { error: 'The sidebar did not say which version of the case it showed; reload the case.' },
);

const caseRef = { caseId: CASE_ID, basedOn: BASED_ON };

export const SET_PACKET_ITEM = z.object({
  ...caseRef,
  item: oneOf('Packet item', PACKET_ITEMS),
  done: z.boolean({ error: 'Say whether the item is done.' }),
  link: text('Document link', 2000),
});

export const ADD_IN_NETWORK_ATTEMPT = z.object({
  ...caseRef,
  date: isoDate('Date'),
  provider: text('Provider contacted', 200).check(z.minLength(1, 'Provider contacted: enter the provider or group you contacted.')),
  inNetwork: oneOf('In network?', ['Yes', 'No'] as const),
  waitDays: whole('Wait offered (days)'),
  distanceMiles: amount('Distance (miles)'),
  whyUnsuitable: text('Why unsuitable'),
});

export const SUBMIT_CASE = z.object({
  ...caseRef,
  submittedOn: isoDate('Submitted on'),
  submittedVia: oneOf('Submitted via', CHANNELS),
  payerReference: text('Payer reference #', 100),
  nextFollowUp: z.nullable(isoDate('Next follow-up')),
});

export const LOG_CONTACT = z.object({
  ...caseRef,
  date: isoDate('Date'),
  type: oneOf('Type', CONTACT_TYPES),
  direction: oneOf('Direction', [...CONTACT_DIRECTIONS, ''] as const),
  representative: text('Representative', 200),
  reference: text('Reference #', 100),
  offeredRate: amount('Offered rate'),
  offeredUnits: whole('Offered units'),
  offeredStart: z.nullable(isoDate('Offered start')),
  offeredEnd: z.nullable(isoDate('Offered end')),
  summary: text('Summary', 2000),
  nextFollowUp: z.nullable(isoDate('Next follow-up')),
  status: z.nullable(oneOf('Status', ['In negotiation', 'Approved (verbal)'] as const)),
});

export const SET_NEXT_FOLLOW_UP = z.object({ ...caseRef, nextFollowUp: z.nullable(isoDate('Next follow-up')) });

export const SAVE_WRITTEN_TERMS = z.object({
  ...caseRef,
  writtenConfirmationOn: z.nullable(isoDate('Written confirmation on')),
  scaNumber: text('SCA #', 100),
  approvedCodes: text('Approved codes', 300).check(
    z.regex(/^[A-Za-z0-9, ]*$/, 'Approved codes: CPT/HCPCS codes separated by commas, e.g. 90837, 90834.'),
  ),
  unitsApproved: whole('Units approved'),
  approvedRate: amount('Approved rate'),
  startDate: z.nullable(isoDate('Start date')),
  endDate: z.nullable(isoDate('End date')),
  agreementLink: text('Agreement link', 2000).check(z.refine((link: string) => documentLinkProblem(link) === null, `Agreement link: ${documentLinkProblem('x') ?? ''}`)),
  status: z.nullable(oneOf('Status', ['Approved (written)', 'Active'] as const)),
});

export const CHANGE_STATUS = z.object({
  ...caseRef,
  to: oneOf('Status', STATUSES),
  denialReason: oneOf('Denial reason', [...DENIAL_REASONS, ''] as const),
  decisionOn: z.nullable(isoDate('Decision on')),
});

export const START_RENEWAL = z.object(caseRef);

export const ACKNOWLEDGE_ALERT = z.object({
  ...caseRef,
  kind: oneOf('Alert', ALERT_KINDS),
  quietUntil: z.nullable(isoDate('Quiet until')),
  untilWorse: z.boolean({ error: 'Say whether the alert should come back when it gets worse.' }),
  note: text('Note'),
});

export const CREATE_CASE = z.object({
  payer: text('Payer', 200).check(z.minLength(1, 'Payer: enter the health plan.')),
  planType: oneOf('Plan type', [...PLAN_TYPES, ''] as const),
  serviceLine: text('Service line', 100),
  scaType: oneOf('SCA type', [...SCA_TYPES, ''] as const),
  owner: text('Owner', 200),
  patient: text('Patient', 40),
});

export const SEARCH_CASES = z.object({
  text: text('Search', 100),
  status: oneOf('Status', [...STATUSES, ''] as const),
});

/** The payload parsed, or an 'invalid-input' refusal naming each bad field. */
export function parsePayload<T>(schema: z.ZodMiniType<T>, input: unknown): { ok: true; value: T } | RefusalDto {
  const result = z.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.data };
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : 'payload',
    code: 'invalid',
    message: issue.path.length > 0 || issue.code !== 'invalid_type' ? issue.message : 'The sidebar sent nothing to save; reload it and try again.',
  }));
  const first = fields[0]?.message ?? 'Something in the form is not right.';
  return refusal('invalid-input', fields.length > 1 ? `${first} (and ${fields.length - 1} more to fix)` : first, fields);
}
