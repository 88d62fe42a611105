/**
 * The preview's clock runs like a wall clock from the chosen "Today": History's When (written by the built
 * bundle) moves on between edits and shows the spreadsheet's zone. Before, the emulated clock stood still at
 * the start (or at "Today" 09:00), so every History line carried the same time. Needs `npm run build`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PreviewSession } from '../../../dev/preview/session';

describe('PreviewSession clock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sca-session-'));
    jest.useFakeTimers({ now: new Date('2026-12-03T11:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
  });
  afterEach(() => {
    jest.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs on from "Today" 09:00 as real time passes, and History shows it in the spreadsheet zone', () => {
    const session = PreviewSession.open({ statePath: join(dir, 'state.json'), reset: true, distDir: resolve(__dirname, '../../../dist'), log: () => undefined });
    session.setToday('2026-03-09');
    expect(session.env.now().toISOString()).toBe('2026-03-09T13:00:00.000Z');

    jest.advanceTimersByTime(95 * 60_000);
    const cases = session.env.readSheet('Cases');
    const status = cases[0]?.indexOf('Status') ?? -1;
    const row = cases.findIndex((r) => r[0] === 'SCA-0001');
    session.edit('Cases', `${String.fromCharCode(65 + status)}${row + 1}`, 'Assembling packet');

    expect(session.env.now().toISOString()).toBe('2026-03-09T14:35:00.000Z');
    const history = session.env.readDisplay('History');
    expect(history[history.length - 1]?.[0]).toBe('2026-03-09 10:35');
    expect(session.view().today).toBe('2026-03-09');
  });
});
