/**
 * The account the add-on's mail goes out from: whom the script runs as (a time trigger's owner; the user at the
 * keyboard in a menu action). One tiny function so that a guarded Session adapter can replace it in one place.
 * '' when Apps Script will not say (no userinfo.email scope): then no digest is mailed, and the run says why.
 */
export function sendingAccount(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
