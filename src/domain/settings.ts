/** Clinic-wide settings from the `Settings` sheet; defaults apply where a value is missing or invalid. */
export interface Settings {
  readonly alertRecipients: readonly string[];
  /** Days before the end date at which the end-date alert fires, most distant first (default 30 / 14 / 7). */
  readonly endDateTiers: readonly number[];
  /** Units-low alert when remaining units are at or below this percent of approved units (default 20). */
  readonly unitsLowPercent: number;
  /** Business days between payer follow-ups (default 5). */
  readonly followUpCadenceDays: number;
  /** Verbal approval without written confirmation after this many days alerts (default 3). */
  readonly verbalWithoutWrittenDays: number;
  /** Turnaround used when a payer has no plan rule (default 14). */
  readonly defaultTurnaroundDays: number;
  /** Hour of day (0–23, spreadsheet time zone) the daily check runs (default 7). */
  readonly alertHour: number;
  /** Digest lines show patient initials (off by default: minimum necessary). */
  readonly includePatientInitials: boolean;
  /** Send the digest even when nothing needs action (default false). */
  readonly sendEmptyDigest: boolean;
  readonly serviceLines: readonly string[];
  /** Used by the request letter. */
  readonly clinicName: string;
  readonly clinicNpi: string;
  readonly clinicTin: string;
  readonly clinicContact: string;
}
