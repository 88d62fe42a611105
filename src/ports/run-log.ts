/** One line of the `Run log` sheet: what a daily check (or other unattended run) did. */
export interface RunLogEntry {
  readonly at: Date;
  readonly run: 'daily trigger' | 'daily check (menu)' | 'setup';
  readonly casesRead: number;
  readonly alerts: number;
  readonly emailsSent: number;
  readonly emailsPending: number;
  readonly problems: number;
  readonly durationMs: number;
  /** 'ok', or the error message. */
  readonly outcome: string;
}

export interface RunLog {
  append(entry: RunLogEntry): void;
}
