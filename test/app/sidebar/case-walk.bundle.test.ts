/**
 * One case walked from Identified to Active through the sidebar's server functions in the built bundle,
 * with the refusals on the way: a missing packet item, terms incomplete, a row edited in the grid
 * underneath, rows sorted underneath, bad payloads; person text stays inert text.
 */
import type { Environment, AddOn } from '../../../dev/emulator';
import type { CaseStateDto } from '../../../src/dto/case-state';
import type { CaseStateResultDto } from '../../../src/dto/server-functions';
import { caseRow, casesEnvironment, cellOf, letter, manyCases } from '../../sheets/cases-fixture';
import { bootOf, caseOf } from './sidebar-fixture';

const LINK = 'https://docs.google.com/document/d/1AbC/edit';
const XSS = '<img src=x onerror=alert(1)>';
const FORMULA = '=IMPORTXML("x","y")';

function opened(rows = [...manyCases(1), caseRow({ caseId: 'SCA-0002', patient: 'JD', payer: 'Aetna', status: 'Identified', memberId: 'M1' }), ...manyCases(1, { caseId: 'SCA-0003' })]) {
  const env = casesEnvironment(rows);
  const addOn = env.loadBundle();
  addOn.select('Cases', 'B3');
  addOn.run('openSidebar');
  return { env, addOn, state: caseOf(bootOf(env)) };
}

/** Runs a save and returns the fresh state, failing the test with the refusal when it is refused. */
function save(addOn: AddOn, fn: string, payload: object): CaseStateDto {
  const result = addOn.scriptRun(fn, [payload]) as CaseStateResultDto;
  if (!result.ok) throw new Error(`${fn} refused: ${result.reason} ${result.message}`);
  return result.state;
}

const refused = (addOn: AddOn, fn: string, payload: object) => addOn.scriptRun(fn, [payload]) as CaseStateResultDto;

function tick(addOn: AddOn, state: CaseStateDto, item: string, link = ''): CaseStateDto {
  return save(addOn, 'setPacketItem', { caseId: state.caseId, basedOn: state.basedOn, item, done: true, link });
}

function attempt(addOn: AddOn, state: CaseStateDto, provider: string, whyUnsuitable = 'No opening for 10 weeks'): CaseStateDto {
  return save(addOn, 'addInNetworkAttempt', {
    caseId: state.caseId,
    basedOn: state.basedOn,
    date: '2026-03-02',
    provider,
    inNetwork: 'Yes',
    waitDays: 70,
    distanceMiles: 12.5,
    whyUnsuitable,
  });
}

const TERMS = {
  writtenConfirmationOn: '2026-03-20',
  scaNumber: 'SCA-A-991',
  approvedCodes: '90837, 90834',
  unitsApproved: 24,
  approvedRate: 118.5,
  startDate: '2026-04-01',
  endDate: '2026-09-30',
  agreementLink: LINK,
};

const sheetRow = (env: Environment, name: string, row: number) => env.readSheet(name)[row - 1] ?? [];

describe('sidebar case walk (bundle)', () => {
  it('walks SCA-0002 from Identified to Active, refusing what the rules refuse on the way', () => {
    const { env, addOn, state: opened0 } = opened();
    expect(opened0).toMatchObject({ caseId: 'SCA-0002', row: 3, currentStep: 'identify', checklist: { done: 0, required: 6 } });
    expect(opened0.todo.now).toHaveLength(6);

    // Five of six required items, one with its document link.
    let state = tick(addOn, opened0, 'Clinical summary', LINK);
    for (const item of ['Treatment plan', 'Credentials', 'Member & diagnosis']) state = tick(addOn, state, item);
    expect(state.checklist.items.find((i) => i.item === 'Clinical summary')?.link).toBe(LINK);

    // The In-network search box cannot be ticked before the plan's 3 attempts are logged.
    const early = refused(addOn, 'setPacketItem', { caseId: 'SCA-0002', basedOn: state.basedOn, item: 'In-network search', done: true, link: '' });
    expect(early).toMatchObject({ ok: false, reason: 'rule-refused', fields: [{ field: 'packet:In-network search', code: 'in_network_search_short' }] });
    state = attempt(addOn, state, 'North Clinic');
    state = attempt(addOn, state, XSS, FORMULA);
    state = attempt(addOn, state, 'East Group');
    expect(state.inNetworkSearch).toMatchObject({ counted: 3, minimum: 3 });
    state = tick(addOn, state, 'In-network search');
    expect(state.checklist).toMatchObject({ done: 5, required: 6, complete: false });
    expect(state.todo.now.map((t) => t.field)).toEqual(['packet:Services & rate']);

    // Submit with a missing packet item: refused on that item, nothing written.
    const submit = { caseId: 'SCA-0002', submittedOn: '2026-03-09', submittedVia: 'Fax', payerReference: FORMULA, nextFollowUp: null };
    const early2 = refused(addOn, 'submitCase', { ...submit, basedOn: state.basedOn });
    expect(early2).toMatchObject({ ok: false, reason: 'rule-refused', fields: [{ field: 'packet:Services & rate', code: 'packet_incomplete' }] });
    expect(cellOf(env, 3, 'status')).toBe('Identified');

    state = tick(addOn, state, 'Services & rate');
    expect(state.todo.now).toEqual([]);
    state = save(addOn, 'submitCase', { ...submit, basedOn: state.basedOn });
    expect(state.fields).toMatchObject({ status: 'Submitted', submittedOn: '2026-03-09', submittedVia: 'Fax', nextFollowUp: '2026-03-23' });
    expect(state.currentStep).toBe('submit');

    // Negotiate: an offer from the payer moves the case to In negotiation.
    state = save(addOn, 'logContact', {
      caseId: 'SCA-0002',
      basedOn: state.basedOn,
      date: '2026-03-12',
      type: 'Offer',
      direction: 'From payer',
      representative: 'UM dept',
      reference: 'C-77',
      offeredRate: 110,
      offeredUnits: 20,
      offeredStart: '2026-04-01',
      offeredEnd: '2026-09-30',
      summary: '110% of Medicare',
      nextFollowUp: '2026-03-16',
      status: 'In negotiation',
    });
    expect(state.fields).toMatchObject({ status: 'In negotiation', nextFollowUp: '2026-03-16' });
    expect(state.contacts).toEqual([
      expect.objectContaining({ type: 'Offer', reference: 'C-77', offeredRate: 110, offeredUnits: 20, offeredStart: '2026-04-01', offeredEnd: '2026-09-30' }),
    ]);

    // Active without the written terms complete: refused per field.
    const incomplete = refused(addOn, 'saveWrittenTerms', { ...TERMS, caseId: 'SCA-0002', basedOn: state.basedOn, scaNumber: '', writtenConfirmationOn: null, status: 'Active' });
    expect(incomplete).toMatchObject({ ok: false, reason: 'rule-refused' });
    expect(!incomplete.ok && incomplete.fields.map((f) => f.field).sort()).toEqual(['scaNumber', 'writtenConfirmationOn']);
    expect(cellOf(env, 3, 'status')).toBe('In negotiation');

    state = save(addOn, 'saveWrittenTerms', { ...TERMS, caseId: 'SCA-0002', basedOn: state.basedOn, status: 'Active' });
    expect(state.fields).toMatchObject({ status: 'Active', scaNumber: 'SCA-A-991', approvedCodes: ['90837', '90834'], unitsApproved: 24, endDate: '2026-09-30' });
    expect(state.currentStep).toBe('deliver');
    expect(state.problems).toEqual([]);

    // An Active case keeps complete terms: clearing SCA # is refused on that field.
    const cleared = refused(addOn, 'saveWrittenTerms', { ...TERMS, caseId: 'SCA-0002', basedOn: state.basedOn, scaNumber: '', status: null });
    expect(cleared).toMatchObject({ ok: false, reason: 'rule-refused', fields: [{ field: 'scaNumber', code: 'written_terms_incomplete' }] });

    // History has every step, via the sidebar.
    const history = env.readSheet('History').slice(1).filter((r) => r[2] === 'SCA-0002');
    const statuses = history.filter((r) => r[3] === 'Status').map((r) => `${String(r[4])}→${String(r[5])}`);
    expect(statuses).toEqual(['Identified→Submitted', 'Submitted→In negotiation', 'In negotiation→Approved (written)'.replace('Approved (written)', 'Active')]);
    expect(new Set(history.map((r) => r[6]))).toEqual(new Set(['sidebar']));
  });

  it('keeps person text inert in the sheet: an HTML tag and a formula stay text', () => {
    const { env, addOn, state } = opened();
    attempt(addOn, state, XSS, FORMULA);
    const sheet = env.spreadsheet.getSheetByName('In-network search') as GoogleAppsScript.Spreadsheet.Sheet;
    const row = sheet.getLastRow();
    expect(sheetRow(env, 'In-network search', row).slice(0, 3)).toEqual(['SCA-0002', expect.any(Date), XSS]);
    expect(sheetRow(env, 'In-network search', row)[6]).toBe(FORMULA);
    expect(sheet.getRange(row, 7).getFormula()).toBe('');
  });

  it('keeps a formula typed into a sidebar field as text on the Cases row, and plain references unchanged', () => {
    const { env, addOn, state } = opened();
    const logged = save(addOn, 'logContact', {
      caseId: 'SCA-0002', basedOn: state.basedOn, date: '2026-03-09', type: 'Phone', direction: 'To payer', representative: XSS, reference: '00427',
      offeredRate: null, offeredUnits: null, offeredStart: null, offeredEnd: null, summary: FORMULA, nextFollowUp: null, status: null,
    });
    expect(refused(addOn, 'saveWrittenTerms', { ...TERMS, caseId: 'SCA-0002', basedOn: logged.basedOn, agreementLink: XSS, status: null })).toMatchObject({
      ok: false,
      reason: 'invalid-input',
      fields: [{ field: 'agreementLink', message: expect.stringMatching(/docs\.google\.com/) }],
    });
    save(addOn, 'saveWrittenTerms', { ...TERMS, caseId: 'SCA-0002', basedOn: logged.basedOn, scaNumber: FORMULA, status: null });
    const cell = (env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet).getRange(`${letter('scaNumber')}3`);
    expect([cell.getFormula(), String(cell.getValue())]).toEqual(['', expect.stringContaining(FORMULA)]);
    const contacts = env.spreadsheet.getSheetByName('Contacts') as GoogleAppsScript.Spreadsheet.Sheet;
    const last = contacts.getLastRow();
    const values = contacts.getRange(last, 1, 1, contacts.getLastColumn()).getValues()[0] ?? [];
    expect(values).toEqual(expect.arrayContaining([XSS, FORMULA, '00427']));
    expect(contacts.getRange(last, 1, 1, contacts.getLastColumn()).getFormulas()[0]?.every((f) => f === '')).toBe(true);
  });

  it.each([
    ['an older Contacts sheet without the new columns', (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.deleteColumns(10, 3)],
    ['no Contacts sheet', (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getParent().deleteSheet(sheet)],
  ])('logs a contact into %s, adding what is missing', (_name, damage) => {
    const { env, addOn, state } = opened();
    damage(env.spreadsheet.getSheetByName('Contacts') as GoogleAppsScript.Spreadsheet.Sheet);
    save(addOn, 'logContact', {
      caseId: 'SCA-0002', basedOn: state.basedOn, date: '2026-03-09', type: 'Phone', direction: '', representative: 'Ann', reference: '0042',
      offeredRate: null, offeredUnits: null, offeredStart: null, offeredEnd: null, summary: FORMULA, nextFollowUp: null, status: null,
    });
    const [header = [], row = []] = env.readSheet('Contacts');
    const at = (h: string) => row[header.indexOf(h)];
    expect([at('Case ID'), at('Type'), at('Person / department'), at('Reference #'), at('Summary')]).toEqual(['SCA-0002', 'Phone', 'Ann', '0042', FORMULA]);
  });

  it('refuses a save after the row was edited in the grid (row-changed, with what changed) and writes nothing', () => {
    const { env, addOn, state } = opened();
    addOn.userEdit('Cases', `${letter('notes')}3`, 'called the member');
    const historyBefore = env.readSheet('History').length;
    const result = refused(addOn, 'setNextFollowUp', { caseId: 'SCA-0002', basedOn: state.basedOn, nextFollowUp: '2026-03-20' });
    expect(result).toMatchObject({ ok: false, reason: 'row-changed', changed: [{ field: 'Notes', before: '', now: 'called the member' }] });
    expect(cellOf(env, 3, 'nextFollowUp')).toBe('');
    expect(env.readSheet('History')).toHaveLength(historyBefore);
    // After reloading, the same save goes through.
    const reloaded = addOn.scriptRun('getCaseState', ['SCA-0002']) as CaseStateResultDto;
    if (!reloaded.ok) throw new Error(reloaded.message);
    expect(save(addOn, 'setNextFollowUp', { caseId: 'SCA-0002', basedOn: reloaded.state.basedOn, nextFollowUp: '2026-03-20' }).fields.nextFollowUp).toBe('2026-03-20');
  });

  it('saves to the right case by Case ID after the rows were sorted underneath', () => {
    const { env, addOn, state } = opened();
    (env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet).getRange(2, 1, 3, 30).sort({ column: 2, ascending: false });
    expect(cellOf(env, 3, 'caseId')).not.toBe('SCA-0002');
    const after = save(addOn, 'setNextFollowUp', { caseId: 'SCA-0002', basedOn: state.basedOn, nextFollowUp: '2026-03-20' });
    const row = env.readSheet('Cases').findIndex((r) => r[0] === 'SCA-0002') + 1;
    expect(after.row).toBe(row);
    expect(cellOf(env, row, 'nextFollowUp')).toEqual(expect.any(Date));
    const others = env.readSheet('Cases').slice(1).filter((r) => r[0] !== 'SCA-0002');
    expect(others.every((r) => r[9] === '')).toBe(true);
  });

  it('refuses with row-changed when the sort brought a different version of the case (based-on values differ), never another case', () => {
    const { env, addOn, state } = opened();
    env.writeSheet('Cases', `${letter('patient')}3`, [['JD-2']]);
    (env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet).getRange(2, 1, 3, 30).sort({ column: 2, ascending: false });
    const result = refused(addOn, 'setNextFollowUp', { caseId: 'SCA-0002', basedOn: state.basedOn, nextFollowUp: '2026-03-20' });
    expect(result).toMatchObject({ ok: false, reason: 'row-changed', changed: [{ field: 'Patient', before: 'JD', now: 'JD-2' }] });
    expect(env.readSheet('Cases').slice(1).every((r) => r[9] === '')).toBe(true);
  });

  it.each([
    ['no payload', 'setNextFollowUp', undefined, 'payload', /reload it and try again/],
    ['a bad date', 'setNextFollowUp', { nextFollowUp: '2026-02-30' }, 'nextFollowUp', /Next follow-up: enter a real date/],
    ['an unknown channel', 'submitCase', { submittedOn: '2026-03-09', submittedVia: 'Pigeon', payerReference: '', nextFollowUp: null }, 'submittedVia', /Submitted via: choose one of Portal, Fax, Email, Phone/],
    ['a negative wait', 'addInNetworkAttempt', { date: '2026-03-01', provider: 'X', inNetwork: 'Yes', waitDays: -2, distanceMiles: null, whyUnsuitable: '' }, 'waitDays', /cannot be negative/],
    ['a link off Google Drive', 'setPacketItem', { item: 'Clinical summary', done: true, link: 'http://files.example/x.pdf' }, 'link', /docs\.google\.com/],
    ['no basedOn', 'changeStatus', { basedOn: undefined, to: 'Closed', denialReason: '', decisionOn: null }, 'basedOn', /reload the case/],
  ])('refuses %s with a readable message on the field', (_name, fn, extra, field, message) => {
    const { env, addOn, state } = opened();
    const payload = extra === undefined ? undefined : { caseId: 'SCA-0002', basedOn: state.basedOn, ...extra };
    const result = addOn.scriptRun(fn, payload === undefined ? [] : [payload]) as CaseStateResultDto;
    expect(result).toMatchObject({ ok: false, reason: 'invalid-input', fields: expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]) });
    expect(!result.ok && result.message).toMatch(message);
    expect(env.readSheet('History')).toHaveLength(1);
  });

  it('answers busy (and writes nothing) while another execution holds the document lock', () => {
    const { env, addOn, state } = opened();
    env.locks.holdElsewhere('document');
    const result = refused(addOn, 'setNextFollowUp', { caseId: 'SCA-0002', basedOn: state.basedOn, nextFollowUp: '2026-03-20' });
    expect(result).toMatchObject({ ok: false, reason: 'busy', message: expect.stringMatching(/try again/) });
    expect(refused(addOn, 'createCase', { payer: 'Aetna', planType: '', serviceLine: '', scaType: '', owner: '', patient: '' })).toMatchObject({ ok: false, reason: 'busy' });
    expect(cellOf(env, 3, 'nextFollowUp')).toBe('');
    expect(env.readSheet('Cases')).toHaveLength(4);
  });

  it('answers case-not-found and duplicate-case-id as refusals; a duplicated row opens (one row read) but cannot be saved', () => {
    const env = casesEnvironment([...manyCases(2), caseRow({ caseId: 'SCA-0002', patient: 'twin' })]);
    const addOn = env.loadBundle();
    expect(addOn.scriptRun('getCaseState', ['SCA-0009'])).toMatchObject({ ok: false, reason: 'case-not-found' });
    expect(addOn.scriptRun('getCaseState', ['SCA-0002'])).toMatchObject({ ok: false, reason: 'duplicate-case-id', message: expect.stringMatching(/rows 3, 4/) });
    addOn.select('Cases', 'B4');
    addOn.run('openSidebar');
    const state = caseOf(bootOf(env));
    expect(state.fields.patient).toBe('twin');
    const result = refused(addOn, 'setNextFollowUp', { caseId: 'SCA-0002', basedOn: state.basedOn, nextFollowUp: '2026-03-20' });
    expect(result).toMatchObject({ ok: false, reason: 'duplicate-case-id', message: expect.stringMatching(/rows 3, 4.*Nothing was saved/) });
    expect(env.readSheet('Cases').slice(1).every((r) => r[9] === '')).toBe(true);
  });

  it('denies with a reason, refusing a denial without one', () => {
    const { addOn, state } = opened([...manyCases(1), caseRow({ caseId: 'SCA-0002', payer: 'Aetna', status: 'Submitted', submittedOn: new Date('2026-03-02T05:00:00Z'), submittedVia: 'Portal' })]);
    const base = { caseId: 'SCA-0002', basedOn: state.basedOn, to: 'Denied', decisionOn: null };
    expect(refused(addOn, 'changeStatus', { ...base, denialReason: '' })).toMatchObject({ ok: false, reason: 'rule-refused', fields: [{ field: 'denialReason' }] });
    const denied = save(addOn, 'changeStatus', { ...base, denialReason: 'Missing documentation' });
    expect(denied.fields).toMatchObject({ status: 'Denied', denialReason: 'Missing documentation', decisionOn: '2026-03-09' });
    expect(denied.allowedStatuses).toEqual(['Appealed', 'Assembling packet', 'Closed']);
    const appealed = save(addOn, 'changeStatus', { ...base, basedOn: denied.basedOn, to: 'Appealed', denialReason: '' });
    expect(appealed.fields.status).toBe('Appealed');
  });

  it('resubmits after a denial: back to Assembling packet, then Submitted again with a new date', () => {
    const { addOn, state } = opened([
      ...manyCases(1),
      caseRow({ caseId: 'SCA-0002', payer: 'Aetna', status: 'Denied', denialReason: 'Missing documentation', submittedOn: new Date('2026-02-02T05:00:00Z'), submittedVia: 'Portal', decisionOn: new Date('2026-02-20T05:00:00Z'), 'packet:Clinical summary': true, 'packet:Treatment plan': true, 'packet:Credentials': true, 'packet:Member & diagnosis': true, 'packet:Services & rate': true, 'packet:In-network search': true }),
    ]);
    expect(refused(addOn, 'submitCase', { caseId: 'SCA-0002', basedOn: state.basedOn, submittedOn: '2026-03-09', submittedVia: 'Fax', payerReference: '', nextFollowUp: null })).toMatchObject({
      ok: false,
      reason: 'rule-refused',
      fields: expect.arrayContaining([expect.objectContaining({ field: 'status', code: 'transition_not_allowed' })]),
    });
    let next = save(addOn, 'changeStatus', { caseId: 'SCA-0002', basedOn: state.basedOn, to: 'Assembling packet', denialReason: '', decisionOn: null });
    for (const provider of ['A', 'B', 'C']) next = attempt(addOn, next, provider);
    next = save(addOn, 'submitCase', { caseId: 'SCA-0002', basedOn: next.basedOn, submittedOn: '2026-03-09', submittedVia: 'Fax', payerReference: 'R2', nextFollowUp: '2026-03-13' });
    expect(next.fields).toMatchObject({ status: 'Submitted', submittedOn: '2026-03-09', submittedVia: 'Fax', nextFollowUp: '2026-03-13' });
  });
});

describe('one vocabulary for Submitted via and Contacts (set-up validation)', () => {
  it("offers Phone, not Call, in the Contacts sheet's Type dropdown, like Submitted via", () => {
    const env = casesEnvironment();
    const contacts = env.spreadsheet.getSheetByName('Contacts') as GoogleAppsScript.Spreadsheet.Sheet;
    const typeColumn = (contacts.getRange(1, 1, 1, contacts.getLastColumn()).getValues()[0] ?? []).indexOf('Type') + 1;
    const types = contacts.getRange(2, typeColumn).getDataValidation()?.getCriteriaValues()[0];
    const cases = env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet;
    const channels = cases.getRange(`${letter('submittedVia')}2`).getDataValidation()?.getCriteriaValues()[0];
    expect(channels).toEqual(['Portal', 'Fax', 'Email', 'Phone']);
    expect(types).toEqual([...(channels as string[]), 'Offer', 'Counter-offer', 'Note']);
  });
});
