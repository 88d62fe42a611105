/**
 * The document lock through the built bundle: pending writes are flushed before the lock is released, on
 * success and on failure, so the next execution to take the lock reads what this one wrote.
 */
import { activeCase, day, tracker, type Tracker } from '../app/daily-check/daily-fixture';

/** The sidebar's New case form, as google.script.run sends it (owner blank: the current user). */
const NEW_CASE = { payer: 'Aetna', planType: '', serviceLine: '', scaType: '', owner: '', patient: '' };

/** Records flush and releaseLock calls, in order, as the bundle makes them (wrapped before it is loaded). */
function recordFlushAndRelease(t: Tracker): { events: string[]; addOn: Tracker['addOn'] } {
  const events: string[] = [];
  const g = t.env.globals as Record<string, object>;
  const spreadsheetApp = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const lockService = g.LockService as GoogleAppsScript.Lock.LockService;
  g.SpreadsheetApp = new Proxy(spreadsheetApp, {
    get: (obj, prop) => (prop === 'flush' ? () => (events.push('flush'), obj.flush()) : (Reflect.get(obj, prop) as unknown)),
  });
  g.LockService = new Proxy(lockService, {
    get: (obj, prop) => {
      if (prop !== 'getDocumentLock') return Reflect.get(obj, prop) as unknown;
      return () => {
        const lock = obj.getDocumentLock();
        return new Proxy(lock, {
          get: (l, p) => (p === 'releaseLock' ? () => (events.push('release'), l.releaseLock()) : (Reflect.get(l, p) as unknown)),
        });
      };
    },
  });
  return { events, addOn: t.env.loadBundle() };
}

const releasesAfterFlush = (events: readonly string[]): boolean => events.every((e, i) => e !== 'release' || events[i - 1] === 'flush');

describe('LockServiceLock', () => {
  it('flushes before releasing the lock after a write (New case)', () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001', nextFollowUp: day('2026-03-09') })]);
    const { events, addOn } = recordFlushAndRelease(t);
    addOn.scriptRun('createCase', [NEW_CASE]);
    expect(events).toContain('release');
    expect(releasesAfterFlush(events)).toBe(true);
  });

  it('flushes before releasing the lock when the work under it fails', () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001', nextFollowUp: day('2026-03-09') })]);
    for (let i = 0; i < 60; i += 1) t.env.properties.document[`clinic-note-${i}`] = 'x'.repeat(9000);
    const { events, addOn } = recordFlushAndRelease(t);
    addOn.clickMenu('Run daily check now');
    expect(t.env.ui.alerts.at(-1)?.prompt).toMatch(/property storage quota/);
    expect(events).toContain('release');
    expect(releasesAfterFlush(events)).toBe(true);
  });

  it("releases the daily trigger's day claim without a flush (it writes a property, no cell), and the check's lock after one", () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001', nextFollowUp: day('2026-03-09') })]);
    t.env.ui.queueResponse({ button: 'YES' });
    t.addOn.clickMenu('Turn daily alerts on/off');
    const { events, addOn } = recordFlushAndRelease(t);
    expect(addOn.fireTimeTriggers()).toEqual(['onDailyTrigger']);
    expect(events).toEqual(['release', 'flush', 'release']);
  });
});
