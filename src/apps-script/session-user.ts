/**
 * Who is running: the one place the add-on calls Session. A blank user is a normal case — simple triggers,
 * consumer accounts and users outside the owner's domain get '' — and a call can throw when the
 * userinfo.email scope is not granted ("Specified permissions are not sufficient to call …"), so neither
 * function ever throws: they return '' instead.
 */

/** The user at the keyboard, or '' when Apps Script does not reveal them. */
export function activeUserEmail(): string {
  return emailOf(() => Session.getActiveUser());
}

/** The account the script runs as (an installable trigger's owner), or '' when Apps Script does not say. */
export function effectiveUserEmail(): string {
  return emailOf(() => Session.getEffectiveUser());
}

function emailOf(user: () => GoogleAppsScript.Base.User): string {
  try {
    return user().getEmail() || '';
  } catch {
    return '';
  }
}
