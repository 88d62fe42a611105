import {
  firstNoticeToday,
  missedRunNotice,
  recordSuccessfulRun,
  saveAlertsState,
} from '../../../src/app/daily-check/alerts-health';
import { InMemoryStore } from '../../fakes/in-memory-store';

const fmt = (d: Date): string => d.toISOString().slice(0, 16);
const on = (store: InMemoryStore, at: string): void =>
  saveAlertsState(store, { on: true, by: 'm@clinic.example', at, hour: 7, timeZone: 'America/New_York' });

describe('missedRunNotice', () => {
  it.each([
    ['35 hours', '2026-03-10T23:00:00Z', false],
    ['exactly 36 hours', '2026-03-11T00:00:00Z', false],
    ['37 hours', '2026-03-11T01:00:00Z', true],
  ])('after %s since the last success says so only past 36 hours', (_label, now, expected) => {
    const store = new InMemoryStore();
    on(store, '2026-03-01T12:00:00Z');
    recordSuccessfulRun(store, new Date('2026-03-09T12:00:00Z'));
    const notice = missedRunNotice(store, new Date(now), fmt);
    expect(notice !== null).toBe(expected);
    if (expected) expect(notice).toContain('have not run since 2026-03-09T12:00');
  });

  it('counts from when alerts were turned on when no run ever succeeded', () => {
    const store = new InMemoryStore();
    on(store, '2026-03-09T12:00:00Z');
    expect(missedRunNotice(store, new Date('2026-03-10T12:00:00Z'), fmt)).toBeNull();
    expect(missedRunNotice(store, new Date('2026-03-11T12:00:00Z'), fmt)).toContain('never run');
  });

  it('says nothing when alerts are off', () => {
    const store = new InMemoryStore();
    saveAlertsState(store, { on: false, by: 'm@clinic.example', at: '2026-01-01T00:00:00Z', hour: 7, timeZone: 'UTC' });
    expect(missedRunNotice(store, new Date('2026-03-11T12:00:00Z'), fmt)).toBeNull();
  });
});

describe('firstNoticeToday', () => {
  it('is true once per kind per day', () => {
    const store = new InMemoryStore();
    expect(firstNoticeToday(store, 'error-email', '2026-03-09')).toBe(true);
    expect(firstNoticeToday(store, 'error-email', '2026-03-09')).toBe(false);
    expect(firstNoticeToday(store, 'reauthorize', '2026-03-09')).toBe(true);
    expect(firstNoticeToday(store, 'error-email', '2026-03-10')).toBe(true);
  });
});
