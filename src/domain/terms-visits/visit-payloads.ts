/** The payloads of logVisit and saveTermsLines, parsed at the boundary with zod/mini. */
import * as z from 'zod/mini';
import '../zod-setup';
import { isIsoDate } from '../calendar-date';
import { ALLOWANCE_PERIODS } from './terms-sheet';

const CASE_ID = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^SCA-\d{4,}$/, 'a Case ID looks like SCA-0001'));
const ISO_DATE = z.string().check(z.trim(), z.refine(isIsoDate, 'a date as YYYY-MM-DD'));
const CODE = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^(\d{5}|[A-Z]\d{4})$/, 'a CPT or HCPCS code: 5 digits like 90837, or a letter and 4 digits like H2019'));
const TEXT = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** logVisit: one visit of one case. */
export const LOG_VISIT_SCHEMA = z.object({
  caseId: CASE_ID,
  dateOfService: ISO_DATE,
  code: CODE,
  units: z.int().check(z.minimum(1, 'at least 1 unit'), z.maximum(999)),
  note: z._default(TEXT(500), ''),
});

/** One Terms line from the sidebar. */
export const TERMS_LINE_SCHEMA = z
  .object({
    code: CODE,
    modifier: z._default(TEXT(10).check(z.toUpperCase()), ''),
    units: z.int().check(z.minimum(0), z.maximum(100_000)),
    per: z._default(z.enum(ALLOWANCE_PERIODS), 'total'),
    rate: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(1_000_000))), null),
    start: ISO_DATE,
    end: ISO_DATE,
    note: z._default(TEXT(500), ''),
  })
  .check(z.refine((line) => line.end >= line.start, { message: 'the end date is before the start date', path: ['end'] }));

/** saveTermsLines: every line of one case, and the basis (getTermsLines') it was edited from. */
export const SAVE_TERMS_SCHEMA = z.object({
  caseId: CASE_ID,
  basis: z.string(),
  lines: z.array(TERMS_LINE_SCHEMA).check(z.maxLength(50)),
});

/** The first problem of a failed parse, as one sentence naming the field. */
export function payloadProblem(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request is not valid.';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
