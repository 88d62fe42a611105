/**
 * The `Settings` sheet: one row per setting (Setting | Value | What it means). Set-up seeds these rows
 * with their defaults; the parser reads them back. A missing or invalid value is reported and its default
 * applies, so a typo in Settings never stops the daily check.
 */
import type { Problem } from './case';
import { DEFAULT_SETTINGS } from './default-settings';
import { isEmailAddress } from './email-address';
import type { Settings } from './settings';

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
type Cell = string | number | boolean;

/** One setting row: its name in the sheet, the default as a cell value, what it means, how it is read. */
export interface SettingRow<K extends keyof Settings = keyof Settings> {
  readonly key: K;
  readonly name: string;
  readonly defaultCell: Cell;
  readonly meaning: string;
  readonly parse: (raw: unknown) => Parsed<Settings[K]>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });
const text = (raw: unknown): string => (typeof raw === 'string' ? raw.trim() : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '');
const items = (raw: unknown): string[] => text(raw).split(/[,;\n]+/).map((s) => s.trim()).filter((s) => s !== '');

function wholeIn(min: number, max: number) {
  return (raw: unknown): Parsed<number> => {
    const n = typeof raw === 'number' ? raw : Number(text(raw));
    if (text(raw) === '' || !Number.isInteger(n)) return bad('is not a whole number');
    return n < min || n > max ? bad(`must be between ${min} and ${max}`) : ok(n);
  };
}

function yesNo(raw: unknown): Parsed<boolean> {
  if (typeof raw === 'boolean') return ok(raw);
  const s = text(raw).toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(s)) return ok(true);
  if (['false', 'no', 'off', '0'].includes(s)) return ok(false);
  return bad('must be TRUE or FALSE');
}

function recipients(raw: unknown): Parsed<readonly string[]> {
  const list = items(raw);
  const wrong = list.filter((a) => !isEmailAddress(a));
  return wrong.length > 0 ? bad(`${wrong.map((w) => `'${w}'`).join(', ')} is not an email address`) : ok(list);
}

function tiers(raw: unknown): Parsed<readonly number[]> {
  const days = items(raw).map(Number);
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 365)) return bad('must be whole days between 1 and 365, e.g. 30, 14, 7');
  return ok([...new Set(days)].sort((a, b) => b - a));
}

function nonEmptyList(raw: unknown): Parsed<readonly string[]> {
  const list = items(raw);
  return list.length === 0 ? bad('must list at least one value') : ok(list);
}

const freeText = (raw: unknown): Parsed<string> => ok(text(raw));

function row<K extends keyof Settings>(key: K, name: string, defaultCell: Cell, meaning: string, parse: (raw: unknown) => Parsed<Settings[K]>): SettingRow {
  return { key, name, defaultCell, meaning, parse } as unknown as SettingRow;
}

/** Every setting, in the order set-up writes them. Names are what a manager reads and edits. */
export const SETTING_ROWS: readonly SettingRow[] = [
  row('alertRecipients', 'Alert recipients', '', 'Emails (comma-separated) that get the daily digest for all cases, besides each case Owner.', recipients),
  row('endDateTiers', 'End-date alert days', DEFAULT_SETTINGS.endDateTiers.join(', '), 'Days before an agreement ends at which to alert, e.g. 30, 14, 7.', tiers),
  row('unitsLowPercent', 'Units low percent', DEFAULT_SETTINGS.unitsLowPercent, 'Alert when remaining units are at or below this percent of approved units (0–100).', wholeIn(0, 100)),
  row('followUpCadenceDays', 'Follow-up cadence (business days)', DEFAULT_SETTINGS.followUpCadenceDays, 'Business days between follow-ups with the payer.', wholeIn(1, 60)),
  row('verbalWithoutWrittenDays', 'Verbal without written (days)', DEFAULT_SETTINGS.verbalWithoutWrittenDays, 'Alert when a verbal approval has no written confirmation after this many days.', wholeIn(0, 60)),
  row('defaultTurnaroundDays', 'Default turnaround (days)', DEFAULT_SETTINGS.defaultTurnaroundDays, 'Expected payer turnaround when the payer has no row in Plan rules.', wholeIn(1, 365)),
  row('alertHour', 'Alert hour', DEFAULT_SETTINGS.alertHour, 'Hour of day (0–23, spreadsheet time zone) the daily check runs.', wholeIn(0, 23)),
  row('includePatientInitials', 'Include patient initials', DEFAULT_SETTINGS.includePatientInitials, 'TRUE to show patient initials in digest emails. Off by default (minimum necessary).', yesNo),
  row('sendEmptyDigest', 'Send empty digest', DEFAULT_SETTINGS.sendEmptyDigest, 'TRUE to email a digest even when nothing needs action.', yesNo),
  row('serviceLines', 'Service lines', DEFAULT_SETTINGS.serviceLines.join(', '), 'Choices of the Service line column, comma-separated. Run Set up or repair tracker after editing.', nonEmptyList),
  row('clinicName', 'Clinic name', '', 'Used in the request letter.', freeText),
  row('clinicNpi', 'Clinic NPI', '', 'Used in the request letter.', freeText),
  row('clinicTin', 'Clinic TIN', '', 'Used in the request letter.', freeText),
  row('clinicContact', 'Clinic contact', '', 'Phone or email for payer questions; used in the request letter.', freeText),
];

/** Setting names compare ignoring case, spacing and punctuation spacing. */
export function settingNameKey(name: unknown): string {
  return text(name).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Reads Settings rows (name in column 0, value in column 1; a header row is simply not a setting name).
 * Blank or unknown names are ignored; a blank value means the default; a bad value is a problem and the
 * default applies; the first row of a repeated name wins.
 * @example parseSettingsRows([['Alert hour', 25]]).problems[0].message // "Settings › Alert hour: must be between 0 and 23; using 7."
 */
export function parseSettingsRows(rows: readonly (readonly unknown[])[]): { settings: Settings; problems: Problem[] } {
  const byName = new Map<string, unknown>();
  for (const cells of rows) {
    if (!Array.isArray(cells)) continue;
    const key = settingNameKey(cells[0]);
    if (key !== '' && !byName.has(key)) byName.set(key, cells[1]);
  }
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: Problem[] = [];
  for (const setting of SETTING_ROWS) {
    const raw = byName.get(settingNameKey(setting.name));
    if (raw === undefined || raw === null || text(raw) === '') continue;
    const parsed = setting.parse(raw);
    if (parsed.ok) settings[setting.key] = parsed.value;
    else {
      problems.push({
        code: 'bad_setting',
        message: `Settings › ${setting.name}: ${parsed.reason}; using ${text(setting.defaultCell) || 'none'}.`,
        column: setting.name,
      });
    }
  }
  return { settings: settings as unknown as Settings, problems };
}
