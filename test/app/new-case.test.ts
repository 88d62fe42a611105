/** Menu 'New case' and the sidebar's createCase through the built bundle (dist/Code.js) in the emulator. */
import type { SidebarBootDto } from '../../src/dto/sidebar-boot';
import type { CaseStateResultDto } from '../../src/dto/server-functions';
import { caseRow, casesEnvironment, cellOf, manyCases } from '../sheets/cases-fixture';
import { bootOf } from './sidebar/sidebar-fixture';

const FORM = { payer: 'Aetna', planType: 'Commercial', serviceLine: 'ABA', scaType: 'Network gap', owner: '', patient: 'JD-17' };

describe('newCase (menu)', () => {
  it('opens the sidebar on the New case form, owner defaulting to the user, and creates nothing yet', () => {
    const env = casesEnvironment(manyCases(2));
    env.loadBundle().run('newCase');
    const boot: SidebarBootDto = bootOf(env);
    expect(boot.view).toEqual({ kind: 'new-case', defaults: { owner: 'coordinator@clinic.example' } });
    expect(boot.vocabulary.serviceLines).toContain('ABA');
    expect(env.readSheet('Cases')).toHaveLength(3);
  });
});

describe('createCase (sidebar form)', () => {
  it('appends the next case, Identified, owned by the user, with the form values, records History and answers its state', () => {
    const env = casesEnvironment([...manyCases(6), caseRow({})]);
    const result = env.loadBundle().scriptRun('createCase', [FORM]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: true, message: 'SCA-0007 created.', state: { caseId: 'SCA-0007', row: 8 } });
    expect(cellOf(env, 8, 'caseId')).toBe('SCA-0007');
    expect(cellOf(env, 8, 'status')).toBe('Identified');
    expect(cellOf(env, 8, 'owner')).toBe('coordinator@clinic.example');
    expect([cellOf(env, 8, 'payer'), cellOf(env, 8, 'planType'), cellOf(env, 8, 'serviceLine'), cellOf(env, 8, 'scaType'), cellOf(env, 8, 'patient')]).toEqual([
      'Aetna',
      'Commercial',
      'ABA',
      'Network gap',
      'JD-17',
    ]);
    expect(env.readSheet('History').slice(1)).toEqual([[env.now(), 'coordinator@clinic.example', 'SCA-0007', 'Status', '', 'Identified', 'sidebar']]);
  });

  it('never hands out an ID twice, even after the last row was deleted', () => {
    const env = casesEnvironment(manyCases(2));
    const addOn = env.loadBundle();
    addOn.scriptRun('createCase', [FORM]);
    env.spreadsheet.getSheetByName('Cases')?.deleteRow(4);
    addOn.scriptRun('createCase', [FORM]);
    expect(cellOf(env, 4, 'caseId')).toBe('SCA-0004');
  });

  it('creates the History sheet with its headers when it is missing', () => {
    const env = casesEnvironment(manyCases(1));
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('History') as GoogleAppsScript.Spreadsheet.Sheet);
    env.loadBundle().scriptRun('createCase', [FORM]);
    expect(env.readSheet('History')).toEqual([
      ['When', 'Who', 'Case ID', 'Field', 'Old value', 'New value', 'Via'],
      [env.now(), 'coordinator@clinic.example', 'SCA-0002', 'Status', '', 'Identified', 'sidebar'],
    ]);
  });

  it.each([
    [{ ...FORM, payer: '' }, 'payer', /Payer: enter the health plan/],
    [{ ...FORM, owner: 'not an email' }, 'owner', /Owner: enter the staff member/],
    [{ ...FORM, serviceLine: 'Astrology' }, 'serviceLine', /Service line: choose one of/],
    [{ ...FORM, planType: 'Gold' }, 'planType', /Plan type: choose one of Commercial/],
    [{ ...FORM, patient: 'x'.repeat(41) }, 'patient', /Patient is too long/],
  ])('refuses a bad form with a message on the field (%#)', (form, field, message) => {
    const env = casesEnvironment(manyCases(1));
    const result = env.loadBundle().scriptRun('createCase', [form]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: false, reason: 'invalid-input', fields: [{ field, message: expect.stringMatching(message) }] });
    expect(env.readSheet('Cases')).toHaveLength(2);
  });

  it('answers tracker-not-set-up when there is no Cases sheet', () => {
    const env = casesEnvironment();
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet);
    expect(env.loadBundle().scriptRun('createCase', [FORM])).toMatchObject({ ok: false, reason: 'tracker-not-set-up' });
  });
});
