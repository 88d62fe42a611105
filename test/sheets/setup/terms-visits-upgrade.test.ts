/** 'Set up or repair tracker' on a tracker made before Terms and the Visits result columns: upgraded in place, nothing lost. */
import { TERMS_COLUMNS } from '../../../src/domain/terms-visits/terms-sheet';
import { emptyEnvironment, runSetup } from './setup-fixture';

jest.setTimeout(30_000);

const OLD_VISITS = [
  ['Case ID', 'Date of service', 'Code', 'Units', 'Check result', 'Billed by'],
  ['SCA-0001', new Date(Date.UTC(2026, 2, 2, 5)), 97153, 4, 'warn: after end', 'JS'],
  ['SCA-0001', new Date(Date.UTC(2026, 2, 3, 5)), 90837, 1, '', 'JS'],
];

describe('setUpTracker upgrades an older tracker', () => {
  it('adds the Terms sheet and appends Note and Reason to Visits, keeping every visit and the clinic column', () => {
    const env = emptyEnvironment();
    runSetup(env);
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Terms') as never);
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Visits') as never);
    env.spreadsheet.insertSheet('Visits');
    env.writeSheet('Visits', 'A1', OLD_VISITS);
    const message = runSetup(env);
    expect(message).toMatch(/created 1 sheet \(Terms\)/);
    expect(message).toMatch(/added 2 missing columns \(Note, Reason\)/);
    const visits = env.readSheet('Visits');
    expect(visits.map((r) => r.slice(0, 6))).toEqual(OLD_VISITS);
    expect(visits[0]?.slice(6)).toEqual(['Note', 'Reason']);
    expect(env.readSheet('Terms')[0]).toEqual(TERMS_COLUMNS.map((c) => c.header));
    expect(runSetup(env)).toMatch(/nothing to repair|no changes|already/i);
  });
});
