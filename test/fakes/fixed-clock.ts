import { calendarDateOf, type IsoDate } from '../../src/domain/calendar-date';
import type { Clock } from '../../src/ports/clock';

export class FixedClock implements Clock {
  constructor(
    private instant: Date,
    private readonly zone = 'America/New_York',
  ) {}

  now(): Date {
    return new Date(this.instant.getTime());
  }

  timeZone(): string {
    return this.zone;
  }

  today(): IsoDate {
    return calendarDateOf(this.instant, this.zone);
  }

  set(instant: Date): void {
    this.instant = instant;
  }
}
