/**
 * MailApp. The daily quota counts recipients (To + Cc + Bcc), not messages; it resets 24 h after the first
 * send of the "day", as Apps Script quotas do. Sending needs AuthMode.FULL (the script.send_mail scope), so a
 * simple trigger (onEdit, LIMITED) that tries to mail throws.
 */
import type { SentMail } from './api';
import { counted } from './call-counter';
import { effectiveUser, requireFull, type ServiceContext } from './service-context';

export const QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
const DAY_MS = 24 * 60 * 60 * 1000;

interface MailOptions {
  cc?: string;
  bcc?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
}

interface MailMessage extends MailOptions {
  to?: string;
  subject?: string;
  body?: string;
}

/** Sent mail and the quota, owned by the environment. */
export class MailBox {
  sent: SentMail[] = [];
  private windowStartedAt: number | null = null;

  constructor(
    private readonly dailyLimit: number,
    public remaining: number,
  ) {}

  /** Restores the full quota once 24 h have passed since the window's first send. */
  refresh(now: number): void {
    if (this.windowStartedAt !== null && now - this.windowStartedAt >= DAY_MS) {
      this.windowStartedAt = null;
      this.remaining = this.dailyLimit;
    }
  }

  consume(recipients: number, now: number): void {
    this.refresh(now);
    if (recipients > this.remaining) throw new Error(QUOTA_MESSAGE);
    if (this.windowStartedAt === null) this.windowStartedAt = now;
    this.remaining -= recipients;
  }

  toJSON(): { sent: SentMail[]; remaining: number; windowStartedAt: number | null } {
    return { sent: this.sent, remaining: this.remaining, windowStartedAt: this.windowStartedAt };
  }

  restore(json: unknown): void {
    if (!json || typeof json !== 'object') return;
    const j = json as { sent?: Array<SentMail & { sentAt: string | Date }>; remaining?: number; windowStartedAt?: number | null };
    this.sent = (j.sent ?? []).map((m) => ({ ...m, sentAt: new Date(m.sentAt) }));
    if (typeof j.remaining === 'number') this.remaining = j.remaining;
    this.windowStartedAt = j.windowStartedAt ?? null;
  }
}

/** Addresses in a comma-separated recipient list. */
export function splitRecipients(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const EMAIL = /^[^@\s<>,]+@[^@\s<>,]+\.[^@\s<>,]+$/;

/** Apps Script rejects a malformed address before sending anything ("Name <a@b.example>" is accepted). */
function checkAddress(entry: string): void {
  const address = /<([^>]*)>\s*$/.exec(entry)?.[1] ?? entry;
  if (!EMAIL.test(address.trim())) throw new Error(`Invalid email: ${entry}`);
}

function normalize(args: unknown[]): MailMessage {
  if (args.length === 1 && args[0] && typeof args[0] === 'object') return { ...(args[0] as MailMessage) };
  // The legacy form sendEmail(to, replyTo, subject, body) has four strings.
  if (args.length === 4 && typeof args[3] === 'string') {
    return { to: String(args[0]), replyTo: String(args[1]), subject: String(args[2]), body: args[3] };
  }
  const options = (args[3] && typeof args[3] === 'object' ? args[3] : {}) as MailOptions;
  return { ...options, to: String(args[0] ?? ''), subject: String(args[1] ?? ''), body: String(args[2] ?? '') };
}

export function createMailApp(ctx: ServiceContext, box: MailBox): GoogleAppsScript.Mail.MailApp {
  const raw = {
    sendEmail: (...args: unknown[]) => {
      requireFull(ctx, 'MailApp.sendEmail');
      const m = normalize(args);
      const recipients = [...splitRecipients(m.to), ...splitRecipients(m.cc), ...splitRecipients(m.bcc)];
      if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
      recipients.forEach(checkAddress);
      box.consume(recipients.length, ctx.clock.millis());
      const mail: { -readonly [K in keyof SentMail]: SentMail[K] } = {
        to: splitRecipients(m.to).join(','),
        subject: String(m.subject ?? ''),
        body: String(m.body ?? ''),
        from: effectiveUser(ctx),
        sentAt: ctx.clock.now(),
      };
      if (m.cc) mail.cc = m.cc;
      if (m.bcc) mail.bcc = m.bcc;
      if (m.htmlBody !== undefined) mail.htmlBody = String(m.htmlBody);
      if (m.name !== undefined) mail.name = String(m.name);
      if (m.replyTo !== undefined) mail.replyTo = String(m.replyTo);
      if (m.noReply !== undefined) mail.noReply = Boolean(m.noReply);
      box.sent.push(mail);
    },
    getRemainingDailyQuota: () => {
      requireFull(ctx, 'MailApp.getRemainingDailyQuota');
      box.refresh(ctx.clock.millis());
      return box.remaining;
    },
  };
  return counted(raw, 'MailApp', ctx.counter) as unknown as GoogleAppsScript.Mail.MailApp;
}
