import type { SendOutcome } from './send-digests';

/** What one daily check did (for Settings' status line and the menu's message). */
export interface DailyCheckSummary {
  readonly casesRead: number;
  readonly alerts: number;
  readonly casesFlagged: number;
  readonly rowsWithProblems: number;
  readonly settingsProblems: number;
  readonly emails: SendOutcome;
}
