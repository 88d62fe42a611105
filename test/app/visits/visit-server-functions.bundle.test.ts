/** logVisit, getTermsLines and saveTermsLines as google.script.run calls them, through the built bundle. */
import { activeCase, day, tracker, type Tracker } from '../daily-check/daily-fixture';

jest.setTimeout(60_000);

function aba(): Tracker {
  const t = tracker([activeCase({ caseId: 'SCA-0001', payer: 'Acme Health', approvedCodes: '', unitsApproved: '', unitsUsed: '', approvedRate: '', requestedRate: 70, unitsRequested: 160 })], '2026-04-20');
  t.env.writeSheet('Plan rules', 'A2', [['Acme Health', '', '', '', '', 'Block', '']]);
  t.env.writeSheet('Terms', 'A2', [['SCA-0001', 97153, '', 24, 'month', 60, day('2026-03-01'), day('2026-06-30'), '']]);
  return t;
}

const visits = (t: Tracker) => t.env.readSheet('Visits').slice(1);

describe('logVisit', () => {
  it('logs an accepted visit and answers with its result and the case Units used', () => {
    const t = aba();
    const answer = t.addOn.scriptRun('logVisit', [{ caseId: 'sca-0001', dateOfService: '2026-04-20', code: '97153', units: 4, note: '=HYPERLINK("x")' }]);
    expect(answer).toEqual({ ok: true, caseId: 'SCA-0001', rowNumber: 2, result: 'ok', reason: '', unitsUsed: 4 });
    expect(visits(t)).toEqual([['SCA-0001', day('2026-04-20'), '97153', 4, 'ok', '=HYPERLINK("x")', '']]);
    expect(t.env.readSheet('Cases')[1]?.[t.column('Units used')]).toBe(4);
  });

  it('logs a refused visit too (kept and visible) and says why', () => {
    const t = aba();
    t.addOn.scriptRun('logVisit', [{ caseId: 'SCA-0001', dateOfService: '2026-04-06', code: '97153', units: 20 }]);
    const answer = t.addOn.scriptRun('logVisit', [{ caseId: 'SCA-0001', dateOfService: '2026-04-20', code: '97153', units: 5 }]);
    expect(answer).toEqual({
      ok: true,
      caseId: 'SCA-0001',
      rowNumber: 3,
      result: 'refused',
      reason: '5 units of 97153 exceed the 4 left of 24 for the month 2026-04.',
      unitsUsed: 20,
    });
    expect(visits(t).map((r) => r[4])).toEqual(['ok', 'refused']);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a date that is not a calendar date', { caseId: 'SCA-0001', dateOfService: '2026-02-30', code: '97153', units: 1 }, 'invalid-input', /^dateOfService: a date as YYYY-MM-DD$/],
    ['zero units', { caseId: 'SCA-0001', dateOfService: '2026-04-20', code: '97153', units: 0 }, 'invalid-input', /^units: at least 1 unit$/],
    ['a code that is not a code', { caseId: 'SCA-0001', dateOfService: '2026-04-20', code: 'therapy', units: 1 }, 'invalid-input', /^code: a CPT or HCPCS code/],
    ['no payload', null, 'invalid-input', /./],
    ['a case that does not exist', { caseId: 'SCA-0042', dateOfService: '2026-04-20', code: '97153', units: 1 }, 'case-not-found', /SCA-0042/],
  ])('refuses %s and writes nothing', (_name, payload, reason, message) => {
    const t = aba();
    const answer = t.addOn.scriptRun('logVisit', [payload]) as { ok: boolean; reason: string; message: string };
    expect(answer).toEqual({ ok: false, reason, message: expect.stringMatching(message) });
    expect(visits(t)).toEqual([]);
  });

  it('refuses while another execution holds the document lock', () => {
    const t = aba();
    t.env.locks.holdElsewhere('document');
    const answer = t.addOn.scriptRun('logVisit', [{ caseId: 'SCA-0001', dateOfService: '2026-04-20', code: '97153', units: 1 }]) as { ok: boolean; reason: string };
    expect([answer.ok, answer.reason]).toEqual([false, 'busy']);
  });
});

describe('getTermsLines and saveTermsLines', () => {
  const line97155 = { code: '97155', modifier: '', units: 8, per: 'month', rate: 90, start: '2026-03-01', end: '2026-06-30', note: 'BCBA' };

  it('replaces the case lines and keeps the summary', () => {
    const t = aba();
    const before = t.addOn.scriptRun('getTermsLines', ['SCA-0001']) as { ok: true; basis: string; lines: unknown[] };
    expect(before.lines).toEqual([{ code: '97153', modifier: '', units: 24, per: 'month', rate: 60, start: '2026-03-01', end: '2026-06-30', note: '' }]);
    const saved = t.addOn.scriptRun('saveTermsLines', [{ caseId: 'SCA-0001', basis: before.basis, lines: [...before.lines, line97155] }]) as { ok: boolean; lines: unknown[] };
    expect(saved.ok).toBe(true);
    expect(saved.lines).toHaveLength(2);
    expect(t.env.readSheet('Cases')[1]?.[t.column('Approved codes')]).toBe('97153, 97155');
    expect(t.env.readSheet('Cases')[1]?.[t.column('Units approved')]).toBe(128);
  });

  it('saving fewer lines deletes the surplus rows and keeps other cases\' lines and a clinic column', () => {
    const t = aba();
    t.env.writeSheet('Terms', 'A3', [
      ['SCA-0002', 90837, '', 10, 'total', 120, day('2026-03-01'), day('2026-06-30'), ''],
      ['SCA-0001', 97155, '', 8, 'month', 90, day('2026-03-01'), day('2026-06-30'), ''],
    ]);
    t.env.writeSheet('Terms', 'L1', [['Clinic ref'], ['keep me']]);
    const before = t.addOn.scriptRun('getTermsLines', ['SCA-0001']) as { basis: string; lines: unknown[] };
    expect(before.lines).toHaveLength(2);
    const saved = t.addOn.scriptRun('saveTermsLines', [{ caseId: 'SCA-0001', basis: before.basis, lines: [{ ...line97155, units: 6 }] }]) as { ok: boolean };
    expect(saved.ok).toBe(true);
    expect(t.env.readSheet('Terms').slice(1).map((r) => [r[0], r[1], r[3], r[11]])).toEqual([
      ['SCA-0001', '97155', 6, 'keep me'],
      ['SCA-0002', 90837, 10, ''],
    ]);
  });

  it('refuses a save based on lines that changed meanwhile', () => {
    const t = aba();
    const before = t.addOn.scriptRun('getTermsLines', ['SCA-0001']) as { basis: string; lines: unknown[] };
    t.env.writeSheet('Terms', 'D2', [[20]]);
    const answer = t.addOn.scriptRun('saveTermsLines', [{ caseId: 'SCA-0001', basis: before.basis, lines: [line97155] }]);
    expect(answer).toEqual({ ok: false, reason: 'terms-changed', message: expect.stringContaining('changed since they were opened') });
    expect(t.env.readSheet('Terms')[1]?.[3]).toBe(20);
  });

  it('refuses a line that ends before it starts', () => {
    const t = aba();
    const before = t.addOn.scriptRun('getTermsLines', ['SCA-0001']) as { basis: string };
    const answer = t.addOn.scriptRun('saveTermsLines', [{ caseId: 'SCA-0001', basis: before.basis, lines: [{ ...line97155, end: '2026-02-01' }] }]);
    expect(answer).toEqual({ ok: false, reason: 'invalid-input', message: 'lines.0.end: the end date is before the start date' });
  });
});
