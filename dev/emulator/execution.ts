/**
 * What kind of execution is running: Apps Script behaves differently in a time trigger (no Ui) than in a
 * menu action or sidebar call, and releases an execution's locks when it ends. Executions nest (onInstall
 * calling onOpen is one execution), so only the outermost one restores state and runs end-of-execution hooks.
 */
import type { AuthModeName, AuthState } from './auth';

export type ExecutionKind =
  | 'direct' // test or preview code calling services outside any execution
  | 'simple-trigger' // onOpen / onEdit / onInstall
  | 'menu' // a menu item or the script editor's Run
  | 'script-run' // google.script.run from a sidebar or dialog
  | 'installable-trigger' // an installed ON_OPEN / ON_EDIT trigger
  | 'time-trigger';

export interface ExecutionOptions {
  readonly kind: ExecutionKind;
  readonly authMode: AuthModeName;
  /** Installable triggers run as the user who created them. */
  readonly runAs?: string;
}

export class Execution {
  private stack: ExecutionOptions[] = [];
  private readonly endHooks: Array<() => void> = [];

  constructor(private readonly auth: AuthState) {}

  get kind(): ExecutionKind {
    return this.stack[this.stack.length - 1]?.kind ?? 'direct';
  }

  /** The user an installable trigger runs as, if the current execution is one. */
  get runAs(): string | undefined {
    for (let i = this.stack.length - 1; i >= 0; i -= 1) {
      const as = this.stack[i]?.runAs;
      if (as !== undefined) return as;
    }
    return undefined;
  }

  /** Only executions started by a user in the document have a Ui (getUi() throws in time triggers). */
  get hasUi(): boolean {
    return this.kind !== 'time-trigger';
  }

  /** Registers work done when the outermost execution ends (e.g. releasing its locks). */
  onEnd(hook: () => void): void {
    this.endHooks.push(hook);
  }

  run<T>(options: ExecutionOptions, body: () => T): T {
    const previousMode = this.auth.mode;
    this.stack.push(options);
    this.auth.mode = options.authMode;
    try {
      return body();
    } finally {
      this.stack.pop();
      this.auth.mode = previousMode;
      if (this.stack.length === 0) for (const hook of this.endHooks) hook();
    }
  }
}
