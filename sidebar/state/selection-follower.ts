/**
 * Follows the sheet's selection while the sidebar is looked at: one cheap server call every ~2 s, only
 * while the page is visible and the user has been active in the last few minutes. Hidden or idle, it
 * stops; a focus, click, key press or the page becoming visible starts it again.
 */
export interface FollowerOptions<T extends { readonly key: string }> {
  /** The cheap server call; its `key` changes when the selected case may have changed. */
  readonly poll: () => Promise<T>;
  readonly onChange: (selection: T) => void;
  readonly intervalMs?: number;
  readonly idleMs?: number;
  /** The page's visibility and clock, injectable for tests. */
  readonly isVisible?: () => boolean;
  readonly now?: () => number;
}

const ACTIVITY_EVENTS = ['focus', 'click', 'keydown', 'pointerdown'] as const;

export class SelectionFollower<T extends { readonly key: string }> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastActivity: number;
  private lastKey: string | null = null;
  private stopped = false;
  private readonly intervalMs: number;
  private readonly idleMs: number;
  private readonly isVisible: () => boolean;
  private readonly now: () => number;
  private readonly wake = (): void => this.activity();

  constructor(private readonly options: FollowerOptions<T>) {
    this.intervalMs = options.intervalMs ?? 2000;
    this.idleMs = options.idleMs ?? 5 * 60_000;
    this.isVisible = options.isVisible ?? (() => document.visibilityState === 'visible');
    this.now = options.now ?? (() => Date.now());
    this.lastActivity = this.now();
  }

  /** The key the sidebar shows now, so the first poll does not report it as a change. */
  start(currentKey: string): void {
    this.lastKey = currentKey;
    this.stopped = false;
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, this.wake, true);
    document.addEventListener('visibilitychange', this.wake);
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.clear();
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, this.wake, true);
    document.removeEventListener('visibilitychange', this.wake);
  }

  /** The sidebar itself moved to another case (picker, new case): follow from there. */
  showing(key: string): void {
    this.lastKey = key;
  }

  /** Whether a poll is scheduled (tests and the status line). */
  get running(): boolean {
    return this.timer !== null;
  }

  private activity(): void {
    this.lastActivity = this.now();
    if (!this.stopped && this.timer === null) this.schedule();
  }

  private clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.clear();
    if (this.stopped || !this.isVisible() || this.now() - this.lastActivity > this.idleMs) return;
    this.timer = setTimeout(() => void this.tick(), this.intervalMs);
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (this.stopped || !this.isVisible()) return;
    try {
      const selection = await this.options.poll();
      if (!this.stopped && selection.key !== this.lastKey) {
        this.lastKey = selection.key;
        this.options.onChange(selection);
      }
    } catch {
      // A failed poll is not worth an error line: the next one (or Refresh) tries again.
    }
    this.schedule();
  }
}
