/**
 * Case IDs: `SCA-0001`, at least four digits, growing past 9999 (`SCA-10000`). Assigned once and never
 * reused: the next number is above both the stored counter and every ID already in the sheet, so a
 * deleted last row or a restored copy cannot hand out an ID twice.
 */

/** The prefix every Case ID carries. */
export const CASE_ID_PREFIX = 'SCA-';

const CASE_ID = /^SCA-(\d{4,})$/i;

/** The Case ID for sequence number `n` (≥ 1). @example formatCaseId(7) // 'SCA-0007' */
export function formatCaseId(n: number): string {
  return `${CASE_ID_PREFIX}${String(Math.floor(n)).padStart(4, '0')}`;
}

/** The sequence number of a well-formed Case ID, or null. @example caseIdNumber(' sca-0012 ') // 12 */
export function caseIdNumber(id: unknown): number | null {
  if (typeof id !== 'string') return null;
  const m = CASE_ID.exec(id.trim());
  return m ? Number(m[1]) : null;
}

/**
 * The cell's Case ID when it is one the add-on issued (`SCA-` and 4+ digits), upper-cased; null for anything
 * else (a name typed over the ID, a stray note). Mail names a case only by such an ID.
 * @example issuedCaseId(' sca-0012 ') // 'SCA-0012'
 */
export function issuedCaseId(id: unknown): string | null {
  return caseIdNumber(id) === null ? null : (id as string).trim().toUpperCase();
}

/** The canonical key two Case ID cells are compared by: trimmed, upper-case. '' for a blank cell. */
export function caseIdKey(id: unknown): string {
  if (typeof id === 'number') return String(id);
  return typeof id === 'string' ? id.trim().toUpperCase() : '';
}

/**
 * The next `count` Case IDs after the stored `counter` (the last number handed out) and every ID in `existing`.
 * @example nextCaseIds(3, ['SCA-0009', 'x'], 2) // ['SCA-0010', 'SCA-0011']
 */
export function nextCaseIds(counter: number, existing: Iterable<unknown>, count: number): string[] {
  let last = Number.isFinite(counter) && counter > 0 ? Math.floor(counter) : 0;
  for (const id of existing) {
    const n = caseIdNumber(id);
    if (n !== null && n > last) last = n;
  }
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) ids.push(formatCaseId(last + i));
  return ids;
}
