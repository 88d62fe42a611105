import type { Mailer, OutgoingMail } from '../ports/mailer';

/** MailApp rather than GmailApp: the narrower send-only scope. */
export class MailAppMailer implements Mailer {
  remainingQuota(): number {
    return MailApp.getRemainingDailyQuota();
  }

  send(mail: OutgoingMail): void {
    MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.text, htmlBody: mail.html, name: 'SCA Tracker' });
  }
}
