import { emailDomain, parseEmailAddress } from '../../domain/email-address';
import { outsideDomains } from '../../domain/mail-recipients';
import type { Clock } from '../../ports/clock';
import type { KeyValueStore } from '../../ports/key-value-store';
import type { Notifier } from '../../ports/notifier';
import { recipientPolicyFor, saveConfirmedDomains } from '../daily-check/allowed-domains';

export interface MailDomainsPorts {
  readonly store: KeyValueStore;
  readonly clock: Clock;
  /** The person at the keyboard: after turning alerts on or taking over, the account digests are sent from. */
  readonly activeUser: () => string;
  /** Every address the digest would go to: the alert recipients in Settings and each case's Owner. */
  readonly recipients: () => readonly string[];
}

const TITLE = 'Email outside your domain';

/**
 * Asks the sending account to confirm, by name, each domain outside its own that digests would go to. Only
 * that account can confirm (the mail leaves from it); a domain it declines is not mailed, and every run says so.
 * Returns the domains confirmed now.
 */
export function confirmMailDomains(ports: MailDomainsPorts, notifier: Notifier): string[] {
  const me = ports.activeUser();
  if (parseEmailAddress(me) === null) return [];
  const policy = recipientPolicyFor(ports.store, me);
  const addresses = ports.recipients();
  const outside = outsideDomains(addresses, policy);
  if (outside.length === 0) return [];
  const named = outside.map((domain) => `${domain} (${examples(addresses, domain)})`).join('; ');
  const question =
    `Daily digests are sent from your account, ${me}. These recipients are outside ${emailDomain(me)}: ${named}.\n\n` +
    `Allow digests to ${outside.join(', ')}? Only the domains named here are allowed; anyone else outside ` +
    `${emailDomain(me)} gets no email and is named in Settings and the Run log.`;
  if (!notifier.confirm(TITLE, question)) {
    notifier.alert(TITLE, `Nothing is sent to ${outside.join(', ')}. Those addresses are listed in Settings and the Run log after each run.`);
    return [];
  }
  saveConfirmedDomains(ports.store, { by: me, domains: [...policy.confirmed, ...outside], at: ports.clock.now().toISOString() });
  return outside;
}

/** Up to three addresses of `domain`, so the person sees whom they are allowing. */
function examples(addresses: readonly string[], domain: string): string {
  const mine = [...new Set(addresses.map(parseEmailAddress).filter((a): a is string => a !== null && emailDomain(a) === domain))];
  return mine.length > 3 ? `${mine.slice(0, 3).join(', ')} and ${mine.length - 3} more` : mine.join(', ');
}
