/** The emulated clock: one instant the whole environment (bundle, services, triggers) reads. */
export class Clock {
  private instant: number;

  constructor(now: Date | string | undefined) {
    this.instant = now === undefined ? Date.now() : Clock.parse(now);
  }

  now(): Date {
    return new Date(this.instant);
  }

  millis(): number {
    return this.instant;
  }

  set(now: Date | string): void {
    this.instant = Clock.parse(now);
  }

  private static parse(now: Date | string): number {
    const ms = typeof now === 'string' ? Date.parse(now) : now.getTime();
    if (Number.isNaN(ms)) throw new Error(`Invalid emulated time: ${String(now)}`);
    return ms;
  }
}
