import { addressKey } from '../../domain/email-address';
import type { RecipientPolicy } from '../../domain/mail-recipients';
import type { KeyValueStore } from '../../ports/key-value-store';

const KEY = 'sca.mailDomains';

/** Domains beyond its own that the sending account confirmed in a dialog, and when. */
export interface ConfirmedDomains {
  readonly by: string;
  readonly domains: readonly string[];
  /** ISO instant of the confirmation. */
  readonly at: string;
}

export function loadConfirmedDomains(store: KeyValueStore): ConfirmedDomains | null {
  const raw = store.get(KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<ConfirmedDomains>;
    if (typeof v.by !== 'string' || !Array.isArray(v.domains)) return null;
    return { by: v.by, domains: v.domains.filter((d): d is string => typeof d === 'string'), at: String(v.at ?? '') };
  } catch {
    return null;
  }
}

/** Written only from the confirmation dialog, by the account that sends the digests. */
export function saveConfirmedDomains(store: KeyValueStore, confirmed: ConfirmedDomains): void {
  store.set(KEY, JSON.stringify(confirmed));
}

/**
 * The recipient policy for mail sent as `sender`: its own domain, plus the domains it confirmed itself.
 * Another account's confirmation does not count: it would send from an account that never agreed.
 */
export function recipientPolicyFor(store: KeyValueStore, sender: string): RecipientPolicy {
  const confirmed = loadConfirmedDomains(store);
  const mine = confirmed !== null && sender !== '' && addressKey(confirmed.by) === addressKey(sender);
  return { sender, confirmed: mine ? confirmed.domains : [] };
}
