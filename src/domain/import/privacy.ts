/**
 * Columns the tracker should not hold (HIPAA minimum necessary): a patient's full name (the tracker keeps
 * initials or an internal ID) and a date of birth. They are flagged in the preview, not silently dropped.
 */
import { daysBetween, type IsoDate } from '../calendar-date';
import { isBlankCell } from '../cell-result';
import { cellText } from './cell-text';
import { normaliseImportHeader } from './header-text';
import { readImportDate } from './import-dates';

/** What a flagged column seems to hold. */
export type PrivacyFlag = 'full-name' | 'date-of-birth';

/** The hint shown with each flag. */
export const PRIVACY_HINTS: Readonly<Record<PrivacyFlag, string>> = {
  'full-name': 'Looks like full patient names. The tracker keeps initials or an internal ID in Patient — replace the names in the source first, or map this column elsewhere.',
  'date-of-birth': 'Looks like dates of birth. The tracker does not need them (the EHR keeps them); they would land in Notes — clear the column in the source first.',
};

const PERSON_HEADER = /\b(patient|client|name|member|child|learner|subscriber|guardian|parent|student|pt)\b/;
const DOB_HEADER = /\b(dob|d o b|birth|birthday|born|birthdate)\b/;
const FULL_NAME = /^(\p{Lu}[\p{L}'’-]+(\s+\p{Lu}\.?)*\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}'’-]+)$/u;

function share(values: readonly unknown[], test: (v: unknown) => boolean): number {
  const filled = values.filter((v) => !isBlankCell(v));
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

/**
 * The privacy flag of a column, from its header and values; `today` dates the birth-date check, which is
 * skipped for a column mapped to one of the tracker's dates.
 * @example privacyFlag('Patient', ['Jane Doe', 'Amir Khan'], '2026-03-09', 'UTC') // 'full-name'
 */
export function privacyFlag(header: string, values: readonly unknown[], today: IsoDate, timeZone: string, mappedToDate = false): PrivacyFlag | null {
  const h = normaliseImportHeader(header);
  if (DOB_HEADER.test(h)) return 'date-of-birth';
  if (PERSON_HEADER.test(h) && share(values, (v) => FULL_NAME.test(cellText(v, timeZone))) >= 0.6) return 'full-name';
  // Dates all more than 3 years back in a column whose header says nothing: birthdays, not agreements.
  const old = (v: unknown): boolean => {
    const r = readImportDate(v, timeZone);
    return r.ok && daysBetween(r.date, today) > 3 * 365;
  };
  if (!mappedToDate) {
    if (share(values, old) >= 0.8 && values.some((v) => v instanceof Date || typeof v === 'string')) return 'date-of-birth';
  }
  return null;
}
