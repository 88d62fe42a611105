/**
 * Session. getActiveUser() is the user at the keyboard, or '' in simple triggers when the environment hides it
 * (consumer accounts); getEffectiveUser() is whom the script runs as (an installable trigger's owner).
 */
import { counted } from './call-counter';
import { effectiveUser, type ServiceContext } from './service-context';

export function createUser(ctx: ServiceContext, email: string): GoogleAppsScript.Base.User {
  return counted(
    { getEmail: () => email, getUserLoginId: () => email, getNickname: () => email.split('@')[0] ?? '' },
    'User',
    ctx.counter,
  ) as unknown as GoogleAppsScript.Base.User;
}

/** The active user's email as Apps Script reports it in the current execution. */
export function activeUserEmail(ctx: ServiceContext): string {
  if (ctx.users.blankInSimpleTriggers && ctx.execution.kind === 'simple-trigger' && ctx.auth.mode !== 'FULL') return '';
  return ctx.execution.runAs ?? ctx.users.active;
}

export function createSession(ctx: ServiceContext, scriptTimeZone: string): GoogleAppsScript.Base.Session {
  const raw = {
    getActiveUser: () => createUser(ctx, activeUserEmail(ctx)),
    getEffectiveUser: () => createUser(ctx, effectiveUser(ctx)),
    getScriptTimeZone: () => scriptTimeZone,
    getActiveUserLocale: () => 'en',
    // Stable per user and script, opaque, as Apps Script's key is.
    getTemporaryActiveUserKey: () => Buffer.from(`tmp:${activeUserEmail(ctx)}`).toString('base64url'),
  };
  return counted(raw, 'Session', ctx.counter) as unknown as GoogleAppsScript.Base.Session;
}
