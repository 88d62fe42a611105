/** The `Settings` sheet: two columns, Setting | Value, read into Settings with defaults for blank or invalid values. */
import type { Problem } from './case';
import { isBlankCell } from './cell-parsers';
import { normaliseHeader } from './case-columns';
import { DEFAULT_SETTINGS } from './default-settings';
import type { Settings } from './settings';
import * as z from 'zod/mini';
import { EMAIL_SCHEMA } from './zod-setup';

/** Sheet name. */
export const SETTINGS_SHEET = 'Settings';

/** Header row of the `Settings` sheet. */
export const SETTINGS_HEADERS = ['Setting', 'Value'] as const;

/** A schema from a cell's text to a setting's value (parse at the edge: the domain trusts Settings). */
type ValueSchema<K extends keyof Settings> = z.ZodMiniType<Settings[K], string>;

interface SettingRow<K extends keyof Settings> {
  readonly key: K;
  readonly label: string;
  /** What a valid value looks like, for the problem message and the sheet's help. */
  readonly expects: string;
  readonly schema: ValueSchema<K>;
}

const trimmed = z.string().check(z.trim());
const listOf = (text: string): string[] =>
  text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
const wholeIn = (min: number, max: number): z.ZodMiniType<number, string> =>
  z.pipe(
    z.pipe(z.string().check(z.trim(), z.regex(/^\d+$/)), z.transform(Number)),
    z.number().check(z.int(), z.gte(min), z.lte(max)),
  );
const yesNo = z.pipe(
  z.string().check(z.trim(), z.regex(/^(true|false|yes|no)$/i)),
  z.transform((s: string) => /^(true|yes)$/i.test(s)),
);
const nonEmptyList = z.pipe(trimmed, z.pipe(z.transform(listOf), z.array(z.string()).check(z.minLength(1))));

function row<K extends keyof Settings>(key: K, label: string, expects: string, schema: ValueSchema<K>): SettingRow<K> {
  return { key, label, expects, schema };
}

/** The settings in the order setup writes them, with their labels (the text clinics see). */
export const SETTING_ROWS = [
  row('alertRecipients', 'Alert recipients', 'email addresses separated by commas', z.pipe(trimmed, z.pipe(z.transform(listOf), z.array(EMAIL_SCHEMA)))),
  row('endDateTiers', 'End date warning days', 'whole numbers of days separated by commas, like 30, 14, 7',
    z.pipe(z.pipe(nonEmptyList, z.array(wholeIn(1, 365))), z.transform((days: number[]) => [...new Set(days)].sort((a, b) => b - a)))),
  row('unitsLowPercent', 'Units low threshold (%)', 'a whole number from 0 to 100',
    z.pipe(z.pipe(trimmed, z.transform((s: string) => s.replace(/\s*%$/, ''))), wholeIn(0, 100))),
  row('followUpCadenceDays', 'Follow-up every (business days)', 'a whole number from 1 to 60', wholeIn(1, 60)),
  row('verbalWithoutWrittenDays', 'Verbal approval grace (days)', 'a whole number from 0 to 60', wholeIn(0, 60)),
  row('defaultTurnaroundDays', 'Default turnaround (days)', 'a whole number from 1 to 365', wholeIn(1, 365)),
  row('alertHour', 'Alert hour (0-23)', 'a whole number from 0 to 23', wholeIn(0, 23)),
  row('includePatientInitials', 'Include patient initials in emails', 'TRUE or FALSE', yesNo),
  row('sendEmptyDigest', 'Send digest when nothing is due', 'TRUE or FALSE', yesNo),
  row('serviceLines', 'Service lines', 'names separated by commas', nonEmptyList),
  row('clinicName', 'Clinic name', 'text', trimmed),
  row('clinicNpi', 'Clinic NPI', 'a 10-digit NPI', z.string().check(z.trim(), z.regex(/^\d{10}$/))),
  row('clinicTin', 'Clinic TIN', '9 digits, like 12-3456789', z.string().check(z.trim(), z.regex(/^\d{2}-?\d{7}$/))),
  row('clinicContact', 'Clinic contact', 'text', trimmed),
] as const;

/** The value a setting shows in the sheet: the text setup writes for a default. */
export function settingText(value: Settings[keyof Settings]): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Rows setup writes to a new `Settings` sheet: label and default value text. */
export const DEFAULT_SETTINGS_ROWS: readonly (readonly [string, string])[] = SETTING_ROWS.map(
  (s) => [s.label, settingText(DEFAULT_SETTINGS[s.key])] as const,
);

function cellText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return '';
}

/** Splits a recipients cell into valid addresses (lower-cased, de-duplicated) and the rest. */
export function parseRecipients(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of listOf(text)) {
    const parsed = EMAIL_SCHEMA.safeParse(part);
    if (!parsed.success) invalid.push(part);
    else if (!emails.includes(parsed.data)) emails.push(parsed.data);
  }
  return { emails, invalid };
}

const ROW_BY_LABEL = new Map<string, (typeof SETTING_ROWS)[number]>(SETTING_ROWS.map((s) => [normaliseHeader(s.label), s]));

/**
 * Reads the `Settings` sheet rows (Setting | Value; a header row and unknown settings are ignored).
 * A blank value takes the default silently; an invalid one takes the default and is listed in `problems`.
 */
export function parseSettings(rows: readonly (readonly unknown[])[]): { settings: Settings; problems: Problem[] } {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const cells of Array.isArray(rows) ? rows : []) {
    if (!Array.isArray(cells)) continue;
    const spec = ROW_BY_LABEL.get(normaliseHeader(cellText(cells[0])));
    if (!spec || seen.has(spec.key)) continue;
    seen.add(spec.key);
    const raw: unknown = cells[1];
    if (isBlankCell(raw)) continue;
    const text = cellText(raw);
    if (spec.key === 'alertRecipients') {
      const { emails, invalid } = parseRecipients(text);
      settings.alertRecipients = emails;
      if (invalid.length > 0) {
        const list = invalid.map((e) => `'${e}'`).join(', ');
        problems.push({
          code: 'invalid_setting',
          message: `${spec.label}: ${list} ${invalid.length === 1 ? 'is not an email address' : 'are not email addresses'}; ${invalid.length === 1 ? 'it is' : 'they are'} skipped.`,
          column: spec.label,
        });
      }
      continue;
    }
    const result = spec.schema.safeParse(text);
    if (result.success) {
      settings[spec.key] = result.data;
    } else {
      const shown = text === '' ? '(unreadable)' : `'${text.trim()}'`;
      const fallback = settingText(DEFAULT_SETTINGS[spec.key]) || '(empty)';
      problems.push({
        code: 'invalid_setting',
        message: `${spec.label}: ${shown} is not valid; expected ${spec.expects}. Using ${fallback}.`,
        column: spec.label,
      });
    }
  }
  return { settings: settings as unknown as Settings, problems };
}
