/**
 * Where the daily digest may go: the sending account's own domain, plus the domains that account confirmed
 * in a dialog. Anything else is not mailed and is reported, never silently dropped — otherwise any editor
 * could turn the tracker into a relay from the clinic's own address.
 */
import { emailDomain, parseEmailAddress } from './email-address';

export interface RecipientPolicy {
  /** The account digests are sent from (the trigger's owner), '' when unknown. */
  readonly sender: string;
  /** Domains beyond the sender's own that the sender confirmed, lower-case. */
  readonly confirmed: readonly string[];
}

/** The domains mail may go to. @example allowedDomains({ sender: 'a@clinic.example', confirmed: ['partner.example'] }) // ['clinic.example', 'partner.example'] */
export function allowedDomains(policy: RecipientPolicy): string[] {
  const own = emailDomain(policy.sender);
  return [...new Set([own, ...policy.confirmed.map((d) => d.toLowerCase())])].filter((d) => d !== '');
}

/** True when `address` is a valid address in an allowed domain. */
export function isAllowedRecipient(address: string, policy: RecipientPolicy): boolean {
  const parsed = parseEmailAddress(address);
  return parsed !== null && allowedDomains(policy).includes(emailDomain(parsed));
}

/** Distinct domains of valid `addresses` that are not allowed yet, sorted. */
export function outsideDomains(addresses: readonly string[], policy: RecipientPolicy): string[] {
  const allowed = allowedDomains(policy);
  const outside = new Set<string>();
  for (const address of addresses) {
    const parsed = parseEmailAddress(address);
    if (parsed !== null && !allowed.includes(emailDomain(parsed))) outside.add(emailDomain(parsed));
  }
  return [...outside].sort();
}

/** Why `address` is not mailed, in words for the Run log, Settings and the Problems cell. */
export function notAllowedReason(address: string, policy: RecipientPolicy): string {
  const allowed = allowedDomains(policy);
  if (allowed.length === 0) return `${address} is not mailed: the account that sends the digests is unknown`;
  return (
    `${address} is not mailed: ${emailDomain(address)} is not one of the domains digests may go to (${allowed.join(', ')}); ` +
    'the account that runs daily alerts can allow it with "Turn daily alerts on/off"'
  );
}
