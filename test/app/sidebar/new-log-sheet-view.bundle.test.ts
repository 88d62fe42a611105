/**
 * A save that creates a log sheet (insertSheet activates the new sheet in Apps Script) leaves the person on
 * the sheet they were on: the first document link or acknowledgement saved from the sidebar must not pull
 * them off Cases.
 */
import { caseRow, casesEnvironment } from '../../sheets/cases-fixture';
import { bootOf, caseOf } from './sidebar-fixture';
import type { CaseStateResultDto } from '../../../src/dto/server-functions';

describe('a log sheet created by a sidebar save', () => {
  it.each([['Packet documents'], ['History']])('keeps Cases the active sheet when %s is created', (created) => {
    const env = casesEnvironment([caseRow({ caseId: 'SCA-0001', patient: 'JD', payer: 'Aetna', status: 'Identified' })]);
    const log = env.spreadsheet.getSheetByName(created);
    if (log) env.spreadsheet.deleteSheet(log);
    const addOn = env.loadBundle();
    addOn.select('Cases', 'B2');
    addOn.run('openSidebar');
    const state = caseOf(bootOf(env));
    const result = addOn.scriptRun('setPacketItem', [
      { caseId: 'SCA-0001', basedOn: state.basedOn, item: 'Clinical summary', done: true, link: 'https://drive.clinic.example/file/d/1/view' },
    ]) as CaseStateResultDto;
    expect(result.ok).toBe(true);
    expect(env.spreadsheet.getSheetByName(created)).not.toBeNull();
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('Cases');
  });
});
