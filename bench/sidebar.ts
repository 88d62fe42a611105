// The sidebar's server functions through the built bundle at 1k / 5k cases: each action is one execution
// (one menu run or one google.script.run call); spreadsheet calls per action must not grow with cases.
import type { AddOn, Environment } from '../dev/emulator';
import type { CaseStateDto } from '../src/dto/case-state';
import type { CaseStateResultDto } from '../src/dto/server-functions';
import type { SidebarBootDto } from '../src/dto/sidebar-boot';
import type { Figure } from './figure';
import { spreadsheetCalls, trackerWith } from './bundle-workbook';

const SIZES = [1_000, 5_000] as const;

function bootState(env: Environment): CaseStateDto {
  const json = /<script type="application\/json" id="initial-state">([\s\S]*?)<\/script>/.exec(env.ui.sidebar?.html ?? '')?.[1] ?? 'null';
  const boot = JSON.parse(json) as SidebarBootDto;
  if (boot.view.kind !== 'case') throw new Error(`sidebar opened on ${boot.view.kind}`);
  return boot.view.state;
}

/** Runs one action as one execution and returns its spreadsheet calls (and the answer). */
function measure<T>(env: Environment, work: () => T): { calls: number; result: T } {
  env.calls.reset();
  const result = work();
  return { calls: spreadsheetCalls(env), result };
}

function saved(result: unknown, what: string): CaseStateDto {
  const r = result as CaseStateResultDto;
  if (!r.ok) throw new Error(`${what} refused: ${r.message}`);
  return r.state;
}

function sidebarActions(n: number): Figure[] {
  const { env, addOn } = trackerWith(n);
  const figures: Figure[] = [];
  const add = (name: string, calls: number) => figures.push({ name: `${name}, ${n} cases: spreadsheet calls (1 execution)`, value: calls, unit: 'calls' });
  const run = (fn: string, payload: object, label: string, state: CaseStateDto): CaseStateDto => {
    const { calls, result } = measure(env, () => (addOn as AddOn).scriptRun(fn, [{ caseId: state.caseId, basedOn: state.basedOn, ...payload }]));
    add(label, calls);
    return saved(result, fn);
  };

  // SCA-00001 (row 2) is Identified; the first open warms the column caches as any earlier call would.
  addOn.select('Cases', 'B2');
  addOn.run('openSidebar');
  const open = measure(env, () => addOn.run('openSidebar'));
  add('open sidebar on the selected case', open.calls);
  add('follow the selection (poll)', measure(env, () => addOn.scriptRun('getSelectionKey')).calls);
  add('read a case by Case ID', measure(env, () => addOn.scriptRun('getCaseState', ['SCA-00001'])).calls);
  add('search cases (picker)', measure(env, () => addOn.scriptRun('searchCases', [{ text: 'blue', status: '' }])).calls);

  let state = bootState(env);
  state = run('setPacketItem', { item: 'Clinical summary', done: true, link: 'https://drive.clinic.example/document/d/1/edit' }, 'save: packet item + link', state);
  for (const provider of ['A', 'B']) state = saved(addOn.scriptRun('addInNetworkAttempt', [{ caseId: state.caseId, basedOn: state.basedOn, date: '2026-03-02', provider, inNetwork: 'Yes', waitDays: 60, distanceMiles: 10, whyUnsuitable: 'full' }]), 'attempt');
  state = run('addInNetworkAttempt', { date: '2026-03-02', provider: 'C', inNetwork: 'Yes', waitDays: 60, distanceMiles: 10, whyUnsuitable: 'full' }, 'save: in-network attempt', state);
  state = run('submitCase', { submittedOn: '2026-03-09', submittedVia: 'Fax', payerReference: 'R-1', nextFollowUp: null }, 'save: submit', state);
  state = run('logContact', { date: '2026-03-10', type: 'Offer', direction: 'From payer', representative: 'UM', reference: 'C-1', offeredRate: 100, offeredUnits: 10, offeredStart: null, offeredEnd: null, summary: 'offer', nextFollowUp: '2026-03-16', status: 'In negotiation' }, 'save: contact / offer', state);
  state = run('setNextFollowUp', { nextFollowUp: '2026-03-18' }, 'save: next follow-up', state);
  state = run('saveWrittenTerms', { writtenConfirmationOn: '2026-03-11', scaNumber: 'S-1', approvedCodes: '90837', unitsApproved: 20, approvedRate: 110, startDate: '2026-04-01', endDate: '2026-09-30', agreementLink: '', status: 'Active' }, 'save: written terms → Active', state);
  run('changeStatus', { to: 'Closed', denialReason: '', decisionOn: null }, 'save: status change', state);

  // SCA-00013 (row 14) is Active and ends 2026-03-12: an end-date alert to acknowledge, a case to renew.
  let ending = saved(addOn.scriptRun('getCaseState', ['SCA-00013']), 'read');
  ending = run('acknowledgeAlert', { kind: 'end_date_approaching', quietUntil: '2026-03-10', untilWorse: true, note: '' }, 'save: acknowledge alert', ending);
  run('startRenewal', {}, 'save: start renewal', ending);
  const created = measure(env, () => addOn.scriptRun('createCase', [{ payer: 'Blue Plan', planType: 'Commercial', serviceLine: 'ABA', scaType: 'Network gap', owner: '', patient: 'JD' }]));
  saved(created.result, 'createCase');
  add('save: new case', created.calls);
  return figures;
}

export async function benchSidebar(): Promise<Figure[]> {
  return SIZES.flatMap((n) => sidebarActions(n));
}
