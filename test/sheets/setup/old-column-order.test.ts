/**
 * Issue 14 moved Flags and Problems next to Status (and Member ID … SCA type after Next follow-up) for a new
 * tracker. A tracker set up before keeps its order: columns are found by metadata and header, so set-up leaves
 * them where they are and every action works on them there.
 */
import { CASE_COLUMNS, type CaseField } from '../../../src/domain/case-columns';
import { PACKET_ITEMS } from '../../../src/domain/vocabulary';
import { cfRules, columnOf, emptyEnvironment, letterOf, metadataColumns, runSetup, sheetOf } from './setup-fixture';

jest.setTimeout(30_000);

/** The Cases order before issue 14 (Flags and Problems near the end). */
const OLD_ORDER: readonly CaseField[] = [
  'caseId', 'patient', 'memberId', 'payer', 'planType', 'serviceLine', 'scaType', 'owner', 'status', 'nextFollowUp',
  'submittedOn', 'submittedVia', 'payerReference', 'decisionOn', 'denialReason', 'scaNumber', 'priorAuthNumber',
  'approvedCodes', 'requestedRate', 'approvedRate', 'unitsRequested', 'unitsApproved', 'unitsUsed', 'startDate',
  'endDate', 'writtenConfirmationOn', 'agreementLink', ...PACKET_ITEMS.map((item) => `packet:${item}` as const),
  'flags', 'problems', 'renewalOf', 'notes',
];

const headerOf = (field: CaseField): string => CASE_COLUMNS.find((c) => c.field === field)?.header ?? field;
/** Midnight in New York (the fixture's zone) of a March 2026 day. */
const march = (day: number): Date => new Date(Date.UTC(2026, 2, day, 5));

function oldTracker(): ReturnType<typeof emptyEnvironment> {
  const env = emptyEnvironment();
  const cells = new Map<CaseField, unknown>([
    ['caseId', 'SCA-0001'], ['patient', 'AB'], ['payer', 'Acme Health'], ['owner', 'maria@clinic.example'], ['status', 'Active'],
    ['scaNumber', 'A-1'], ['approvedCodes', '90837'], ['approvedRate', 120], ['unitsApproved', 10], ['unitsUsed', 2],
    ['startDate', march(1)], ['endDate', march(12)], ['writtenConfirmationOn', march(2)],
  ]);
  env.writeSheet('Cases', 'A1', [OLD_ORDER.map(headerOf), OLD_ORDER.map((f) => (cells.get(f) ?? (f.startsWith('packet:') ? true : '')) as string)]);
  // The old set-up tagged every column where it stood.
  const sheet = sheetOf(env, 'Cases');
  OLD_ORDER.forEach((field, i) => sheet.getRange(`${letterOf(i + 1)}:${letterOf(i + 1)}`).addDeveloperMetadata('sca-tracker.column', field));
  return env;
}

describe('a tracker set up with the old column order', () => {
  it('is repaired in place: no column moved or added, Flags found where it is', () => {
    const env = oldTracker();
    const message = runSetup(env);
    expect(message).not.toMatch(/missing column|recognised/);
    expect(env.readSheet('Cases')[0]).toEqual(OLD_ORDER.map(headerOf));
    expect(metadataColumns(env, 'Cases')).toEqual(Object.fromEntries(OLD_ORDER.map((f, i) => [f, i + 1])));
    const flags = letterOf(OLD_ORDER.indexOf('flags') + 1);
    expect(cfRules(env, 'Cases')[1]?.[0]).toBe(`=AND(LEFT($${flags}2,6)="URGENT",ISTEXT("SCA Tracker"))`);
    expect(runSetup(env)).toBe('Tracker is in good order — nothing to repair.');
  });

  it("gets the colour key in its Flags header note in place of set-up's old note; a clinic's own note stays", () => {
    const env = oldTracker();
    const sheet = sheetOf(env, 'Cases');
    const flags = sheet.getRange(1, OLD_ORDER.indexOf('flags') + 1);
    const problems = sheet.getRange(1, OLD_ORDER.indexOf('problems') + 1);
    flags.setNote('Written by SCA Tracker. Edits here are overwritten or reported.'); // what set-up wrote before
    problems.setNote('Ask Dana before clearing.');
    expect(runSetup(env)).toMatch(/added help notes to \d+ headers/);
    expect(flags.getNote()).toMatch(/^What needs action today[\s\S]*• red row: URGENT — act today\n• yellow row: WARNING — act this week\n• blue row: INFO — nothing to do yet\n• orange Problems cell: Problems — fix the row/);
    expect(problems.getNote()).toBe('Ask Dana before clearing.');
  });

  it('gets its flags from the daily check in its own Flags column, and a hand edit checked on its own Status column', () => {
    const env = oldTracker();
    runSetup(env);
    const addOn = env.loadBundle();
    addOn.run('runDailyCheckNow');
    const row = env.readSheet('Cases')[1] ?? [];
    expect(String(row[columnOf(env, 'Cases', 'Flags') - 1])).toMatch(/^URGENT/);
    expect(columnOf(env, 'Cases', 'Flags')).toBe(OLD_ORDER.indexOf('flags') + 1);
    const status = `${letterOf(columnOf(env, 'Cases', 'Status'))}2`;
    addOn.userEdit('Cases', status, 'Denied'); // a denial needs a reason: put back, explained in Problems
    expect(env.readSheet('Cases')[1]?.[columnOf(env, 'Cases', 'Status') - 1]).toBe('Active');
    expect(String(env.readSheet('Cases')[1]?.[columnOf(env, 'Cases', 'Problems') - 1])).not.toBe('');
  });
});
