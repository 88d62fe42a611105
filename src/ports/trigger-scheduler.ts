/** The one daily time trigger an add-on may have per user per document. */
export interface DailyTrigger {
  readonly id: string;
  readonly handler: string;
}

export interface TriggerScheduler {
  /** The current user's daily trigger for this document, if installed. */
  findDaily(handler: string): DailyTrigger | null;
  installDaily(handler: string, hour: number, timeZone: string): DailyTrigger;
  remove(trigger: DailyTrigger): void;
  /** True when the add-on needs the user to re-authorize before it can run unattended. */
  authorizationRequired(): boolean;
}
