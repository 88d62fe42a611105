/**
 * How each setting's Value cell looks and checks in the Settings sheet: a checkbox for on/off, a number
 * check with its range for numbers, an address check for recipients, and a one-line explanation.
 * Plain data; set-up turns it into Apps Script rules (src/sheets/setup/settings-controls.ts).
 */
import type { Settings } from './settings';
import type { ValidationPlan } from './tracker-validation';

/** One line a manager reads beside each setting. */
export const SETTING_EXPLAINS: Readonly<Record<keyof Settings, string>> = {
  alertRecipients: 'Who gets the daily digest of all cases (each Owner gets their own cases anyway).',
  endDateTiers: 'How many days before an End date the alert starts, then turns warning, then urgent.',
  unitsLowPercent: 'Alert when this percent or less of the approved units is left.',
  followUpCadenceDays: 'After a contact, the next follow-up with the payer is due this many business days later.',
  verbalWithoutWrittenDays: 'Days a verbal approval may wait for written terms before it alerts.',
  defaultTurnaroundDays: 'Days to wait for a decision from a payer with no row in Plan rules.',
  alertHour: 'Hour of the day (spreadsheet time zone) the daily check and digest run.',
  includePatientInitials: 'Tick to show patient initials beside the Case ID in emails (off: minimum necessary).',
  sendEmptyDigest: 'Tick to email the alert recipients even on days when nothing needs action.',
  serviceLines: 'The choices of the Service line dropdown on Cases.',
  clinicName: 'Used in the request letter.',
  clinicNpi: 'Used in the request letter.',
  clinicTin: 'Used in the request letter.',
  clinicContact: 'Used in the request letter.',
};

const EMAIL = '[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+';
/** Blank, or addresses separated by commas or semicolons (the parser reads the same shape). */
export const RECIPIENTS_FORMULA = `=OR(LEN({cell})=0,REGEXMATCH({cell},"^\\s*${EMAIL}(\\s*[,;]\\s*${EMAIL})*\\s*[,;]?\\s*$"))`;
/** Whole days separated by commas, or one number (`&""` reads a number as its text). */
export const DAY_LIST_FORMULA = '=REGEXMATCH({cell}&"","^\\s*\\d+(\\s*,\\s*\\d+)*\\s*$")';

const whole = (min: number, max: number): string => `=AND(ISNUMBER({cell}),{cell}=INT({cell}),{cell}>=${min},{cell}<=${max})`;

/** The check of a setting's Value cell, or null for free text. */
export function settingValidation(key: keyof Settings, label: string): ValidationPlan | null {
  const help = `${label}: ${SETTING_EXPLAINS[key]}`;
  switch (key) {
    case 'includePatientInitials':
    case 'sendEmptyDigest':
      return { type: 'checkbox', help };
    case 'alertRecipients':
      return { type: 'formula', formula: RECIPIENTS_FORMULA, help: `${help} Email addresses separated by commas.` };
    case 'endDateTiers':
      return { type: 'formula', formula: DAY_LIST_FORMULA, help: `${help} Whole days separated by commas, like 30, 14, 7.` };
    case 'unitsLowPercent':
      return { type: 'formula', formula: whole(0, 100), help: `${help} A whole number from 0 to 100.` };
    case 'followUpCadenceDays':
    case 'verbalWithoutWrittenDays':
      return { type: 'formula', formula: whole(key === 'followUpCadenceDays' ? 1 : 0, 60), help: `${help} A whole number of days.` };
    case 'defaultTurnaroundDays':
      return { type: 'formula', formula: whole(1, 365), help: `${help} A whole number of days.` };
    case 'alertHour':
      return { type: 'formula', formula: whole(0, 23), help: `${help} A whole number from 0 to 23.` };
    case 'serviceLines':
    case 'clinicName':
    case 'clinicNpi':
    case 'clinicTin':
    case 'clinicContact':
      return null;
  }
}
