import { effectiveUserEmail } from './session-user';

/**
 * The account the add-on's mail goes out from: whom the script runs as (a time trigger's owner; the user at the
 * keyboard in a menu action). '' when Apps Script will not say (no userinfo.email scope): then no digest is
 * mailed, and the run says why.
 */
export const sendingAccount: () => string = effectiveUserEmail;
