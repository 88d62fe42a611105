import type { Mailer, OutgoingMail } from '../../src/ports/mailer';

export class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];

  constructor(private quota = 1500) {}

  remainingQuota(): number {
    return this.quota;
  }

  send(mail: OutgoingMail): void {
    if (this.quota < 1) throw new Error('Service invoked too many times for one day: email.');
    this.quota -= 1;
    this.sent.push(mail);
  }
}
