/** What every emulated service shares: the call counter, the auth mode, the clock, the running execution, the users. */
import type { AuthState } from './auth';
import type { CallCounter } from './call-counter';
import type { Clock } from './clock';
import type { Execution } from './execution';

export interface Users {
  /** The user at the keyboard (Session.getActiveUser, e.user). */
  active: string;
  /**
   * When true, getActiveUser().getEmail() returns '' in simple triggers, as it does for consumer accounts
   * or users outside the script owner's domain.
   */
  blankInSimpleTriggers: boolean;
}

export interface ServiceContext {
  readonly counter: CallCounter;
  readonly auth: AuthState;
  readonly clock: Clock;
  readonly execution: Execution;
  readonly users: Users;
  /** env.setAuthorizationRequired(true): the user must re-authorize (e.g. after an update added a scope). */
  readonly authorization: { required: boolean };
}

/** The user the current execution runs as: an installable trigger's owner, else the active user. */
export function effectiveUser(ctx: ServiceContext): string {
  return ctx.execution.runAs ?? ctx.users.active;
}

/**
 * Services needing the add-on's own scopes (send mail, triggers) need AuthMode.FULL, and fail while the user has
 * not re-authorized: add-on triggers keep firing after such an update and fail at the first unauthorized call.
 */
export function requireFull(ctx: ServiceContext, what: string): void {
  ctx.auth.require('FULL', what);
  if (ctx.authorization.required) throw new Error('Authorization is required to perform that action.');
}
