/**
 * What a sidebar save keeps while making fewer round trips (issue 13): a cell's number format is asked only
 * when the text written there would need the inert-text marker, History lines are appended under their
 * headers, pending writes are flushed before the lock is released, and an emptied log sheet still reads.
 */
import type { AddOn, Environment } from '../../../dev/emulator';
import type { CaseStateDto } from '../../../src/dto/case-state';
import type { CaseStateResultDto } from '../../../src/dto/server-functions';
import { ALL_PACKET, caseRow, casesEnvironment, cellOf, letter, manyCases } from '../../sheets/cases-fixture';

function opened(): { env: Environment; addOn: AddOn; state: CaseStateDto } {
  const env = casesEnvironment([...manyCases(1), caseRow({ caseId: 'SCA-0002', patient: 'JD', payer: 'Aetna', status: 'Assembling packet', ...ALL_PACKET })]);
  env.writeSheet('In-network search', 'A2', [1, 2, 3].map((k) => ['SCA-0002', new Date(`2026-03-0${k}T15:00:00Z`), `Dr ${k}`, 'Yes', 30, 5, 'no opening']));
  const addOn = env.loadBundle();
  const read = addOn.scriptRun('getCaseState', ['SCA-0002']) as CaseStateResultDto;
  if (!read.ok) throw new Error(read.message);
  return { env, addOn, state: read.state };
}

function submit(addOn: AddOn, state: CaseStateDto, payerReference: string): CaseStateResultDto {
  return addOn.scriptRun('submitCase', [{ caseId: 'SCA-0002', basedOn: state.basedOn, submittedOn: '2026-03-09', submittedVia: 'Portal', payerReference, nextFollowUp: null }]) as CaseStateResultDto;
}

const referenceCell = (env: Environment) => (env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet).getRange(`${letter('payerReference')}3`);

describe('a sidebar save, with fewer round trips', () => {
  it.each([
    ['plain text (@), as set-up formats it: no marker needed', '@'],
    ['automatic, after a person changed the format: the marker keeps it text', ''],
  ])('writes a reference "0042" into a Payer reference # cell formatted %s, and it reads back as the text 0042', (_name, format) => {
    const { env, addOn, state } = opened();
    referenceCell(env).setNumberFormat(format);
    env.calls.reset();
    expect(submit(addOn, state, '0042')).toMatchObject({ ok: true });
    expect(referenceCell(env).getValue()).toBe('0042');
    expect(env.calls.get('Range.getNumberFormat')).toBe(1);
  });

  it('does not ask for number formats when nothing written needs the marker', () => {
    const { env, addOn, state } = opened();
    env.calls.reset();
    expect(submit(addOn, state, 'R-77')).toMatchObject({ ok: true });
    expect(cellOf(env, 3, 'payerReference')).toBe('R-77');
    expect(env.calls.get('Range.getNumberFormat')).toBe(0);
    expect(env.calls.get('Range.getNumberFormats')).toBe(0);
  });

  it('flushes the pending writes before the document lock is released', () => {
    const { env, addOn, state } = opened();
    let flushedBeforeRelease = -1;
    env.calls.before('Lock.releaseLock', () => {
      flushedBeforeRelease = env.calls.get('SpreadsheetApp.flush');
    });
    env.calls.reset();
    expect(submit(addOn, state, 'R-1')).toMatchObject({ ok: true });
    expect(flushedBeforeRelease).toBe(1);
  });

  it('appends each History line under its header when a person reordered History, with person text inert', () => {
    const { env, addOn, state } = opened();
    const [header = []] = env.readSheet('History');
    const swapped = [...header];
    const from = swapped.indexOf('Old value');
    const to = swapped.indexOf('New value');
    [swapped[from], swapped[to]] = [swapped[to] ?? '', swapped[from] ?? ''];
    env.writeSheet('History', 'A1', [swapped]);
    expect(submit(addOn, state, '=1+1')).toMatchObject({ ok: true });
    const [now = [], ...lines] = env.readSheet('History');
    const line = lines.find((r) => r[now.indexOf('Field')] === 'Payer reference #') ?? [];
    expect([line[now.indexOf('Case ID')], line[now.indexOf('Old value')], line[now.indexOf('New value')], line[now.indexOf('Via')]]).toEqual(['SCA-0002', '', '=1+1', 'sidebar']);
    const history = env.spreadsheet.getSheetByName('History') as GoogleAppsScript.Spreadsheet.Sheet;
    expect(history.getRange(1, 1, history.getLastRow(), history.getLastColumn()).getFormulas().flat().every((f) => f === '')).toBe(true);
    expect(lines.filter((r) => r[now.indexOf('Case ID')] === 'SCA-0002').map((r) => r[now.indexOf('Field')])).toEqual(
      expect.arrayContaining(['Status', 'Submitted on', 'Submitted via', 'Payer reference #', 'Next follow-up']),
    );
  });

  it('reads a log sheet a person emptied (no header row) as no rows, and a contact logged there brings its header back', () => {
    const { env, addOn } = opened();
    (env.spreadsheet.getSheetByName('Contacts') as GoogleAppsScript.Spreadsheet.Sheet).clear();
    const read = addOn.scriptRun('getCaseState', ['SCA-0002']) as CaseStateResultDto;
    if (!read.ok) throw new Error(read.message);
    expect(read.state.contacts).toEqual([]);
    const logged = addOn.scriptRun('logContact', [
      { caseId: 'SCA-0002', basedOn: read.state.basedOn, date: '2026-03-09', type: 'Phone', direction: '', representative: 'Ann', reference: 'R-2', offeredRate: null, offeredUnits: null, offeredStart: null, offeredEnd: null, summary: 'called', nextFollowUp: null, status: null },
    ]) as CaseStateResultDto;
    expect(logged).toMatchObject({ ok: true, state: { contacts: [{ representative: 'Ann', reference: 'R-2' }] } });
    const [header = [], row = []] = env.readSheet('Contacts');
    expect([row[header.indexOf('Case ID')], row[header.indexOf('Person / department')]]).toEqual(['SCA-0002', 'Ann']);
  });
});
