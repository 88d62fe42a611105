// Every sidebar save (google.script.run), driven as the sidebar drives it: the case's state is read first
// (getCaseState, as the open sidebar holds it), then the save is sent with that state's `basedOn`.
import type { AddOn, Environment } from '../dev/emulator';
import { startOfDayIn } from '../src/domain/calendar-date';
import { ZONE } from './bundle-workbook';

/** The bench workbook's Case ID of case `i` (on row i + 1). */
export const benchCaseId = (i: number): string => `SCA-${String(i).padStart(5, '0')}`;

interface StateLike {
  readonly caseId: string;
  readonly basedOn: unknown;
  readonly liveAlerts: readonly { readonly kind: string }[];
}

/** One save: the bench case it is made on, what to prepare, and the call it sends. */
export interface SidebarSave {
  readonly name: string;
  /** The bench case (row case + 1): 8 Identified, 9 Assembling packet (Blue Plan), 2 Submitted, 3 Approved (verbal), 4 Active, 1 with a follow-up alert. */
  readonly caseNumber: number;
  readonly prepare?: (env: Environment, caseId: string) => void;
  readonly call: (addOn: AddOn, state: StateLike) => { fn: string; args: unknown[] };
}

const ref = (s: StateLike) => ({ caseId: s.caseId, basedOn: s.basedOn });

export const SIDEBAR_SAVES: readonly SidebarSave[] = [
  { name: 'next follow-up (setNextFollowUp)', caseNumber: 8, call: (_a, s) => ({ fn: 'setNextFollowUp', args: [{ ...ref(s), nextFollowUp: '2026-03-20' }] }) },
  { name: 'packet tick (setPacketItem)', caseNumber: 8, call: (_a, s) => ({ fn: 'setPacketItem', args: [{ ...ref(s), item: 'Clinical summary', done: false, link: '' }] }) },
  {
    name: 'packet tick with a new document link (setPacketItem)',
    caseNumber: 8,
    call: (_a, s) => ({ fn: 'setPacketItem', args: [{ ...ref(s), item: 'Clinical summary', done: true, link: 'https://drive.example/d/1' }] }),
  },
  {
    name: 'in-network attempt (addInNetworkAttempt)',
    caseNumber: 8,
    call: (_a, s) => ({ fn: 'addInNetworkAttempt', args: [{ ...ref(s), date: '2026-03-01', provider: 'Dr X', inNetwork: 'Yes', waitDays: 30, distanceMiles: 10, whyUnsuitable: 'far' }] }),
  },
  {
    name: 'submit, a status change with 4 fields (submitCase)',
    caseNumber: 9,
    prepare: (env, caseId) =>
      env.writeSheet('In-network search', 'A2', [1, 2, 3].map((k) => [caseId, startOfDayIn(`2026-03-0${k}`, ZONE), `Dr ${k}`, 'Yes', 30, 5, 'no opening'])),
    call: (_a, s) => ({ fn: 'submitCase', args: [{ ...ref(s), submittedOn: '2026-03-09', submittedVia: 'Portal', payerReference: 'R-1', nextFollowUp: null }] }),
  },
  {
    name: 'payer contact / offer, to In negotiation (logContact)',
    caseNumber: 2,
    call: (_a, s) => ({
      fn: 'logContact',
      args: [{ ...ref(s), date: '2026-03-09', type: 'Offer', direction: '', representative: 'Ann', reference: 'R-2', offeredRate: 100, offeredUnits: 10, offeredStart: null, offeredEnd: null, summary: 'offer', nextFollowUp: '2026-03-16', status: 'In negotiation' }],
    }),
  },
  {
    name: 'written terms, to Approved (written) (saveWrittenTerms)',
    caseNumber: 3,
    call: (_a, s) => ({
      fn: 'saveWrittenTerms',
      args: [{ ...ref(s), writtenConfirmationOn: '2026-03-01', scaNumber: 'A-3', approvedCodes: '90837', unitsApproved: 100, approvedRate: 120, startDate: '2026-01-05', endDate: '2026-12-31', agreementLink: '', status: 'Approved (written)' }],
    }),
  },
  { name: 'status change to Denied (changeStatus)', caseNumber: 2, call: (_a, s) => ({ fn: 'changeStatus', args: [{ ...ref(s), to: 'Denied', denialReason: 'Missing documentation', decisionOn: '2026-03-09' }] }) },
  {
    name: 'acknowledgement (acknowledgeAlert)',
    caseNumber: 1,
    call: (_a, s) => ({ fn: 'acknowledgeAlert', args: [{ ...ref(s), kind: s.liveAlerts[0]?.kind ?? '', quietUntil: '2026-03-20', untilWorse: false, note: 'called' }] }),
  },
  {
    name: 'new case from the form (createCase)',
    caseNumber: 8,
    call: () => ({ fn: 'createCase', args: [{ payer: 'Acme Health', planType: '', serviceLine: '', scaType: '', owner: '', patient: 'XY' }] }),
  },
  { name: 'renewal of an Active case (startRenewal)', caseNumber: 4, call: (_a, s) => ({ fn: 'startRenewal', args: [ref(s)] }) },
  { name: 'visit log (logVisit)', caseNumber: 4, call: (_a, s) => ({ fn: 'logVisit', args: [{ caseId: s.caseId, dateOfService: '2026-03-05', code: '90837', units: 1 }] }) },
  {
    name: 'terms lines (saveTermsLines)',
    caseNumber: 4,
    call: (addOn, s) => {
      const lines = addOn.scriptRun('getTermsLines', [s.caseId]) as { basis?: string };
      return { fn: 'saveTermsLines', args: [{ caseId: s.caseId, basis: lines.basis ?? '', lines: [{ code: '90837', units: 10, per: 'week', rate: 120, start: '2026-01-05', end: '2026-12-31' }] }] };
    },
  },
];

/** The case's state as the sidebar holds it (the bench case `save.caseNumber`, selected, prepared). */
export function stateForSave(t: { env: Environment; addOn: AddOn }, save: SidebarSave): StateLike {
  const caseId = benchCaseId(save.caseNumber);
  save.prepare?.(t.env, caseId);
  t.addOn.select('Cases', `B${save.caseNumber + 1}`);
  const result = t.addOn.scriptRun('getCaseState', [caseId]) as { ok: boolean; state?: StateLike; message?: string };
  if (!result.ok || !result.state) throw new Error(`getCaseState ${caseId}: ${result.message ?? 'refused'}`);
  return result.state;
}

/** The save's call, made from the state (any read it needs, e.g. getTermsLines' basis, happens here). */
export function saveCall(addOn: AddOn, save: SidebarSave, state: StateLike): { fn: string; args: unknown[] } {
  return save.call(addOn, state);
}

/** Sends the save; throws when it did not save (a refusal would measure another path). */
export function sendSave(addOn: AddOn, { fn, args }: { fn: string; args: unknown[] }): void {
  const result = addOn.scriptRun(fn, args) as { ok: boolean; reason?: string; message?: string };
  if (!result.ok) throw new Error(`${fn} refused: ${result.reason ?? ''} ${result.message ?? ''}`);
}
