/**
 * A fictional clinic's tracker for the preview: cases across the statuses, two payers' plan rules and
 * settings. Patients are internal IDs or initials only (minimum necessary); every name is invented.
 * Dates are offsets in days from the preview's "today" so the demo stays current.
 */

import type { Settings } from '../../src/domain/settings';
import { SETTING_ROWS } from '../../src/domain/settings-sheet';

/** A cell: a value, or `{ days }` = today + days as a date. */
export type DemoCell = string | number | boolean | { readonly days: number };
export type DemoRecord = Readonly<Record<string, DemoCell>>;

export const DEMO_PAYERS = ['Northwind Health Plan', 'Bluewater Community Care'] as const;

const allPacket = (done: boolean): DemoRecord => ({
  'Packet: Clinical summary': done,
  'Packet: Treatment plan': done,
  'Packet: In-network search': done,
  'Packet: Credentials': done,
  'Packet: Member & diagnosis': done,
  'Packet: Services & rate': done,
  'Packet: Medical necessity letter': done,
});

export const DEMO_CASES: readonly DemoRecord[] = [
  {
    ...allPacket(false), 'Case ID': 'SCA-0001', Patient: 'PT-10482', 'Member ID': 'NWH448120931', Payer: DEMO_PAYERS[0],
    'Plan type': 'Commercial', 'Service line': 'Psychotherapy', 'SCA type': 'Network gap', Owner: 'maria@clinic.example',
    Status: 'Identified', 'Next follow-up': { days: 2 }, Notes: 'No in-network trauma-focused therapist within 40 miles.',
  },
  {
    ...allPacket(false), 'Packet: Clinical summary': true, 'Packet: Treatment plan': true, 'Packet: Credentials': true,
    'Case ID': 'SCA-0002', Patient: 'J.R.', 'Member ID': 'BCC-77120455', Payer: DEMO_PAYERS[1], 'Plan type': 'Medicaid managed care',
    'Service line': 'ABA', 'SCA type': 'Network gap', Owner: 'devon@clinic.example', Status: 'Assembling packet',
    'Next follow-up': { days: 0 }, 'Requested rate': 62, 'Units requested': 480,
  },
  {
    ...allPacket(true), 'Packet: Medical necessity letter': false, 'Case ID': 'SCA-0003', Patient: 'PT-10517', 'Member ID': 'NWH448771204',
    Payer: DEMO_PAYERS[0], 'Plan type': 'Self-funded', 'Service line': 'Speech therapy', 'SCA type': 'Continuity of care',
    Owner: 'maria@clinic.example', Status: 'Submitted', 'Submitted on': { days: -16 }, 'Submitted via': 'Portal',
    'Payer reference #': 'NW-2291-6604', 'Next follow-up': { days: -3 }, 'Requested rate': 145, 'Units requested': 24,
  },
  {
    ...allPacket(true), 'Case ID': 'SCA-0004', Patient: 'A.K.', 'Member ID': 'BCC-77305518', Payer: DEMO_PAYERS[1],
    'Plan type': 'Medicaid managed care', 'Service line': 'Occupational therapy', 'SCA type': 'Network gap', Owner: 'devon@clinic.example',
    Status: 'In negotiation', 'Submitted on': { days: -21 }, 'Submitted via': 'Fax', 'Payer reference #': 'BCC-REF-58813',
    'Next follow-up': { days: 1 }, 'Requested rate': 110, 'Units requested': 36, Notes: 'Plan offered 85/unit; countered at 100.',
  },
  {
    ...allPacket(true), 'Case ID': 'SCA-0005', Patient: 'PT-10533', 'Member ID': 'NWH449002317', Payer: DEMO_PAYERS[0],
    'Plan type': 'Commercial', 'Service line': 'Psychotherapy', 'SCA type': 'Credentialing bridge', Owner: 'maria@clinic.example',
    Status: 'Approved (verbal)', 'Submitted on': { days: -12 }, 'Submitted via': 'Phone', 'Payer reference #': 'NW-2291-7731',
    'Decision on': { days: -5 }, 'Requested rate': 150, 'Units requested': 20, Notes: 'Verbal yes from reviewer; letter pending.',
  },
  {
    ...allPacket(true), 'Case ID': 'SCA-0006', Patient: 'L.T.', 'Member ID': 'NWH447650082', Payer: DEMO_PAYERS[0], 'Plan type': 'Commercial',
    'Service line': 'Psychotherapy', 'SCA type': 'Network gap', Owner: 'maria@clinic.example', Status: 'Active',
    'Submitted on': { days: -120 }, 'Submitted via': 'Portal', 'Payer reference #': 'NW-2290-1187', 'Decision on': { days: -104 },
    'SCA #': 'NW-SCA-30418', 'Approved codes': '90837, 90834', 'Requested rate': 160, 'Approved rate': 140, 'Units requested': 26,
    'Units approved': 24, 'Units used': 21, 'Start date': { days: -100 }, 'End date': { days: 12 },
    'Written confirmation on': { days: -101 }, 'Agreement link': 'https://drive.clinic.example/agreements/NW-SCA-30418',
  },
  {
    ...allPacket(true), 'Case ID': 'SCA-0007', Patient: 'PT-10288', 'Member ID': 'BCC-76998140', Payer: DEMO_PAYERS[1],
    'Plan type': 'Medicaid managed care', 'Service line': 'ABA', 'SCA type': 'Continuity of care', Owner: 'devon@clinic.example',
    Status: 'Active', 'Submitted on': { days: -75 }, 'Submitted via': 'Fax', 'Payer reference #': 'BCC-REF-55102',
    'Decision on': { days: -61 }, 'SCA #': 'BCC-SCA-11907', 'Approved codes': '97153, 97155', 'Requested rate': 62,
    'Approved rate': 58, 'Units requested': 520, 'Units approved': 480, 'Units used': 190, 'Start date': { days: -60 },
    'End date': { days: 120 }, 'Written confirmation on': { days: -60 },
  },
  {
    ...allPacket(true), 'Case ID': 'SCA-0008', Patient: 'R.M.', 'Member ID': 'NWH446120775', Payer: DEMO_PAYERS[0],
    'Plan type': 'Marketplace', 'Service line': 'Physical therapy', 'SCA type': 'Network gap', Owner: 'maria@clinic.example',
    Status: 'Denied', 'Submitted on': { days: -40 }, 'Submitted via': 'Portal', 'Payer reference #': 'NW-2290-9954',
    'Decision on': { days: -30 }, 'Denial reason': 'In-network provider available', 'Requested rate': 120, 'Units requested': 16,
    Notes: 'Plan named an in-network PT 12 miles away; patient to confirm availability.',
  },
  {
    ...allPacket(true), 'Case ID': 'SCA-0009', Patient: 'PT-09913', 'Member ID': 'BCC-75520913', Payer: DEMO_PAYERS[1],
    'Plan type': 'Medicaid managed care', 'Service line': 'Speech therapy', 'SCA type': 'Network gap', Owner: 'devon@clinic.example',
    Status: 'Closed', 'Submitted on': { days: -250 }, 'Submitted via': 'Fax', 'Decision on': { days: -236 },
    'SCA #': 'BCC-SCA-10244', 'Approved codes': '92507', 'Requested rate': 95, 'Approved rate': 95, 'Units requested': 30,
    'Units approved': 30, 'Units used': 30, 'Start date': { days: -230 }, 'End date': { days: -50 },
    'Written confirmation on': { days: -233 },
  },
];

export const DEMO_PLAN_RULES: readonly DemoRecord[] = [
  {
    Payer: DEMO_PAYERS[0], 'Required packet items': 'Clinical summary, Treatment plan, In-network search, Credentials, Member & diagnosis, Services & rate',
    'Min in-network attempts': 3, 'Submission channel': 'Portal', 'Expected turnaround (days)': 10, 'Visit policy': 'Warn',
  },
  {
    Payer: DEMO_PAYERS[1], 'Required packet items': 'Clinical summary, Treatment plan, In-network search, Credentials, Member & diagnosis, Services & rate, Medical necessity letter',
    'Min in-network attempts': 5, 'Submission channel': 'Fax', 'Expected turnaround (days)': 14, 'Visit policy': 'Block',
  },
];

/**
 * What the demo clinic sets beyond the defaults (set-up seeds every default, so they are not repeated here);
 * the Settings sheet shows them under their labels (SETTING_ROWS).
 */
const DEMO_SETTING_VALUES: Partial<Record<keyof Settings, DemoCell>> = {
  alertRecipients: 'manager@clinic.example',
  clinicName: 'Riverbend Therapy Associates',
  clinicNpi: '1999999984',
  clinicTin: '00-0000000',
  clinicContact: 'intake@clinic.example',
};

/** Setting label → value, for the two-column Settings sheet. Labels come from the domain, so they cannot drift. */
export const DEMO_SETTINGS: ReadonlyArray<readonly [string, DemoCell]> = SETTING_ROWS.flatMap((row) => {
  const value = DEMO_SETTING_VALUES[row.key];
  return value === undefined ? [] : [[row.label, value] as const];
});

const PROVIDERS = [
  ['Harbor Family Counseling', 120, 18, 'Waitlist of four months'],
  ['Lakeside Behavior Center', 0, 64, 'Not accepting new patients'],
  ['Summit Therapy Group', 90, 22, 'No clinician with the needed specialty'],
  ['Cedar Grove Clinic', 75, 41, 'Too far for weekly visits'],
  ['Northside Health Partners', 0, 12, 'Does not treat this age group'],
] as const;

/** Payer → the minimum in-network attempts its plan rule asks for (DEMO_PLAN_RULES). */
const MIN_ATTEMPTS: Readonly<Record<string, number>> = { [DEMO_PAYERS[0]]: 3, [DEMO_PAYERS[1]]: 5 };

/**
 * The in-network search log: every demo case whose packet says the search is done has the attempts its
 * payer requires, a week or two before today; SCA-0002 is part-way through its search.
 */
export const DEMO_IN_NETWORK_SEARCH: readonly DemoRecord[] = DEMO_CASES.flatMap((c) => {
  const done = c['Packet: In-network search'] === true;
  const count = done ? (MIN_ATTEMPTS[String(c.Payer)] ?? 3) : c['Case ID'] === 'SCA-0002' ? 2 : 0;
  return PROVIDERS.slice(0, count).map(([provider, wait, miles, why], i) => ({
    'Case ID': String(c['Case ID']),
    Date: { days: -20 + i },
    'Provider contacted': provider,
    'In network?': 'Yes',
    'Wait offered (days)': wait,
    'Distance (miles)': miles,
    'Why unsuitable': why,
  }));
});
