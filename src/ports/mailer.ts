/** Sends the daily digest. One message has exactly one recipient: the quota counts recipients. */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Mailer {
  /** Recipients that may still be sent to today (valid for the current execution only). */
  remainingQuota(): number;
  send(mail: OutgoingMail): void;
}
