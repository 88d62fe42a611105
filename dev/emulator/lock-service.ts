/**
 * LockService, single-threaded: only one execution runs at a time, so a lock is either free, held by the
 * running execution, or held by "another execution" that a test simulates with env.locks.holdElsewhere().
 * As in Apps Script, a lock the running execution did not release is released when the execution ends.
 */
import type { LockControl, LockScope } from './api';
import { counted } from './call-counter';
import { effectiveUser, type ServiceContext } from './service-context';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface LockState {
  holder: 'this' | 'other';
  /** For 'other': it lets go after this many ms of waiting (Infinity = until env.locks.release). */
  releaseAfterMs: number;
}

export class LockTable implements LockControl {
  private readonly locks = new Map<string, LockState>();

  constructor(private readonly currentUser: () => string) {}

  private key(scope: LockScope, user?: string): string {
    return scope === 'user' ? `user:${user ?? this.currentUser()}` : scope;
  }

  holdElsewhere(scope: LockScope, options?: { releaseAfterMs?: number; user?: string }): void {
    this.locks.set(this.key(scope, options?.user), { holder: 'other', releaseAfterMs: options?.releaseAfterMs ?? Infinity });
  }

  release(scope: LockScope, user?: string): void {
    this.locks.delete(this.key(scope, user));
  }

  isHeld(scope: LockScope, user?: string): boolean {
    return this.locks.has(this.key(scope, user));
  }

  /** Called at the end of each execution: its own locks go, other executions' stay. */
  releaseExecutionLocks(): void {
    for (const [k, s] of this.locks) if (s.holder === 'this') this.locks.delete(k);
  }

  acquire(key: string, timeoutMs: number): boolean {
    const state = this.locks.get(key);
    if (state && state.holder === 'other' && state.releaseAfterMs > timeoutMs) return false;
    this.locks.set(key, { holder: 'this', releaseAfterMs: Infinity });
    return true;
  }

  heldHere(key: string): boolean {
    return this.locks.get(key)?.holder === 'this';
  }

  releaseHere(key: string): void {
    if (this.heldHere(key)) this.locks.delete(key);
  }

  keyFor(scope: LockScope, user: string): string {
    return this.key(scope, user);
  }
}

function createLock(ctx: ServiceContext, table: LockTable, key: string): GoogleAppsScript.Lock.Lock {
  const timeout = (ms: unknown): number => {
    const n = Number(ms);
    if (!Number.isFinite(n) || n < 0) throw new Error('Invalid argument: timeoutInMillis');
    return n;
  };
  const raw = {
    tryLock: (ms: number) => table.acquire(key, timeout(ms)),
    waitLock: (ms: number) => {
      if (!table.acquire(key, timeout(ms))) throw new Error(LOCK_TIMEOUT_MESSAGE);
    },
    hasLock: () => table.heldHere(key),
    releaseLock: () => table.releaseHere(key),
  };
  return counted(raw, 'Lock', ctx.counter) as unknown as GoogleAppsScript.Lock.Lock;
}

export function createLockService(ctx: ServiceContext, table: LockTable): GoogleAppsScript.Lock.LockService {
  const get = (method: string, scope: LockScope) => {
    ctx.auth.require('LIMITED', `LockService.${method}`);
    return createLock(ctx, table, table.keyFor(scope, effectiveUser(ctx)));
  };
  const raw = {
    getDocumentLock: () => get('getDocumentLock', 'document'),
    getScriptLock: () => get('getScriptLock', 'script'),
    getUserLock: () => get('getUserLock', 'user'),
  };
  return counted(raw, 'LockService', ctx.counter) as unknown as GoogleAppsScript.Lock.LockService;
}
