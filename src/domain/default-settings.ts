import type { Settings } from './settings';
import { DEFAULT_SERVICE_LINES } from './vocabulary';

/** Settings used where the `Settings` sheet is missing a value or holds an invalid one. */
export const DEFAULT_SETTINGS: Settings = {
  alertRecipients: [],
  endDateTiers: [30, 14, 7],
  unitsLowPercent: 20,
  followUpCadenceDays: 5,
  verbalWithoutWrittenDays: 3,
  defaultTurnaroundDays: 14,
  alertHour: 7,
  includePatientInitials: false,
  sendEmptyDigest: false,
  serviceLines: DEFAULT_SERVICE_LINES,
  clinicName: '',
  clinicNpi: '',
  clinicTin: '',
  clinicContact: '',
};
