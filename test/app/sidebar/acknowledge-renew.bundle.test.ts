/**
 * Acknowledging an alert from the sidebar (kept on the Acknowledgements sheet, shown in History, respected
 * by the daily digest until its date or until it gets worse) and starting a renewal, through the bundle.
 */
import type { CaseStateDto } from '../../../src/dto/case-state';
import type { CaseStateResultDto } from '../../../src/dto/server-functions';
import { activeCase, day, tracker, type Tracker } from '../daily-check/daily-fixture';

const maria = 'maria@clinic.example';

function stateOf(t: Tracker, caseId: string): CaseStateDto {
  const result = t.addOn.scriptRun('getCaseState', [caseId]) as CaseStateResultDto;
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

function acknowledge(t: Tracker, state: CaseStateDto, form: { kind: string; quietUntil: string | null; untilWorse: boolean; note?: string }): CaseStateResultDto {
  return t.addOn.scriptRun('acknowledgeAlert', [{ caseId: state.caseId, basedOn: state.basedOn, note: '', ...form }]) as CaseStateResultDto;
}

/** One Active case whose agreement ends 2026-03-20 (11 days: the 14-day tier, a warning). */
function endingSoon(): Tracker {
  return tracker([activeCase({ caseId: 'SCA-0001', owner: maria, endDate: day('2026-03-20'), 'packet:Credentials': true, memberId: '00123', approvedCodes: '90837' })]);
}

const digestFor = (t: Tracker, to: string) => t.env.mail.sent.filter((m) => m.to === to).map((m) => m.body).join('\n');

describe('acknowledgeAlert', () => {
  it('records who acknowledged which alert and until when, in the Acknowledgements sheet and History', () => {
    const t = endingSoon();
    const result = acknowledge(t, stateOf(t, 'SCA-0001'), { kind: 'end_date_approaching', quietUntil: '2026-03-12', untilWorse: true, note: 'renewal call booked' });
    if (!result.ok) throw new Error(result.message);
    expect(result.state.liveAlerts).toEqual([
      expect.objectContaining({
        kind: 'end_date_approaching',
        quiet: true,
        acknowledgement: { by: 'coordinator@clinic.example', on: '2026-03-09', quietUntil: '2026-03-12', untilWorse: true, note: 'renewal call booked' },
      }),
    ]);
    expect(t.env.readSheet('Acknowledgements')).toEqual([
      ['Case ID', 'Alert', 'Acknowledged by', 'Acknowledged on', 'Quiet until', 'Until worse', 'Severity then', 'Level then', 'Note'],
      ['SCA-0001', 'end_date_approaching', 'coordinator@clinic.example', day('2026-03-09'), day('2026-03-12'), 'Yes', 'warning', 14, 'renewal call booked'],
    ]);
    const history = t.env.readSheet('History').slice(1);
    expect(history).toEqual([
      [expect.any(Date), 'coordinator@clinic.example', 'SCA-0001', 'Alert acknowledged: end_date_approaching', 'Agreement ends in 11 days (2026-03-20)', 'quiet until 2026-03-12 or until it gets worse', 'sidebar'],
    ]);
  });

  it('keeps the alert out of the digest until the chosen date, then brings it back', () => {
    const t = endingSoon();
    acknowledge(t, stateOf(t, 'SCA-0001'), { kind: 'end_date_approaching', quietUntil: '2026-03-10', untilWorse: false });
    t.check();
    expect(digestFor(t, maria)).not.toContain('SCA-0001');
    expect(t.flags('SCA-0001')).toMatch(/Agreement ends in 11 days/); // the sheet still shows it
    t.today('2026-03-11');
    t.check();
    expect(digestFor(t, maria)).toContain('SCA-0001');
  });

  it('brings an alert acknowledged "until worse" back when it reaches a lower tier', () => {
    const t = endingSoon();
    acknowledge(t, stateOf(t, 'SCA-0001'), { kind: 'end_date_approaching', quietUntil: null, untilWorse: true });
    t.today('2026-03-12'); // 8 days left: still the 14-day tier
    t.check();
    expect(digestFor(t, maria)).not.toContain('SCA-0001');
    t.today('2026-03-13'); // 7 days left: the 7-day tier, urgent
    t.check();
    expect(digestFor(t, maria)).toContain('SCA-0001');
  });

  it.each([
    [{ kind: 'units_low', quietUntil: '2026-03-12', untilWorse: false }, 'kind', /not current any more/],
    [{ kind: 'end_date_approaching', quietUntil: null, untilWorse: false }, 'quietUntil', /Choose a date/],
    [{ kind: 'end_date_approaching', quietUntil: '2026-03-01', untilWorse: false }, 'quietUntil', /today \(2026-03-09\) or a later date/],
    [{ kind: 'bogus', quietUntil: '2026-03-12', untilWorse: false }, 'kind', /Alert: choose one of/],
  ])('refuses %p', (form, field, message) => {
    const t = endingSoon();
    expect(acknowledge(t, stateOf(t, 'SCA-0001'), form)).toMatchObject({ ok: false, reason: 'invalid-input', fields: [{ field, message: expect.stringMatching(message) }] });
    expect(t.env.spreadsheet.getSheetByName('Acknowledgements')).toBeNull();
  });
});

describe('startRenewal', () => {
  it('starts a linked case carrying payer, codes and packet over; the old case then shows the renewal in progress', () => {
    const t = endingSoon();
    const old = stateOf(t, 'SCA-0001');
    const link = 'https://drive.google.com/file/d/xyz/view';
    const withLink = t.addOn.scriptRun('setPacketItem', [{ caseId: 'SCA-0001', basedOn: old.basedOn, item: 'Clinical summary', done: false, link }]) as CaseStateResultDto;
    if (!withLink.ok) throw new Error(withLink.message);
    const result = t.addOn.scriptRun('startRenewal', [{ caseId: 'SCA-0001', basedOn: withLink.state.basedOn }]) as CaseStateResultDto;
    if (!result.ok) throw new Error(result.message);
    expect(result.message).toBe('SCA-0002 started as the renewal of SCA-0001.');
    expect(result.state.fields).toMatchObject({ status: 'Identified', renewalOf: 'SCA-0001', payer: 'Acme Health', owner: maria, approvedCodes: ['90837'], requestedRate: 120 });
    expect(result.state.checklist.items.find((i) => i.item === 'Clinical summary')).toMatchObject({ ticked: false, link });
    expect(result.state.checklist.items.find((i) => i.item === 'Credentials')).toMatchObject({ ticked: true });
    expect(stateOf(t, 'SCA-0001').liveAlerts.map((a) => a.kind)).toEqual(['renewal_in_progress']);
    const renewalRow = t.env.readSheet('Cases').find((r) => r[0] === 'SCA-0002') ?? [];
    expect([renewalRow[t.column('Member ID')], renewalRow[t.column('Approved codes')]]).toEqual(['00123', '90837']);
    const history = t.env.readSheet('History').slice(1).filter((r) => r[2] === 'SCA-0002');
    expect(history.map((r) => [r[3], r[5], r[6]])).toEqual([
      ['Status', 'Identified', 'sidebar'],
      ['Renewal of', 'SCA-0001', 'sidebar'],
    ]);
  });

  it('refuses when the case changed underneath', () => {
    const t = endingSoon();
    const old = stateOf(t, 'SCA-0001');
    t.addOn.userEdit('Cases', `${String.fromCharCode(65 + t.column('Units used'))}2`, 40);
    expect(t.addOn.scriptRun('startRenewal', [{ caseId: 'SCA-0001', basedOn: old.basedOn }])).toMatchObject({ ok: false, reason: 'row-changed' });
    expect(t.env.readSheet('Cases').filter((r) => r[0] === 'SCA-0002')).toEqual([]);
  });
});
