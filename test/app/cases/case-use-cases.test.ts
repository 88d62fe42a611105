/** The case use cases on in-memory ports: what they record, independent of Sheets. */
import { assignMissingIds } from '../../../src/app/cases/assign-missing-ids';
import { caseOverview } from '../../../src/app/cases/case-overview';
import { createCase } from '../../../src/app/cases/new-case';
import type { HistoryEntry, HistoryLog } from '../../../src/ports/history-log';
import { aCase, aPlanRule, someSettings } from '../../domain/builders';
import { FixedClock } from '../../fakes/fixed-clock';
import { InMemoryCaseRepository } from '../../fakes/in-memory-case-repository';

class RecordingHistory implements HistoryLog {
  readonly entries: HistoryEntry[] = [];
  appends = 0;
  append(entries: readonly HistoryEntry[]): void {
    this.appends += 1;
    this.entries.push(...entries);
  }
}

const NOW = new Date('2026-03-09T15:00:00Z');

function ports(cases: InMemoryCaseRepository) {
  return { cases, history: new RecordingHistory(), clock: new FixedClock(NOW) };
}

describe('case use cases', () => {
  describe('createCase', () => {
    it('creates an Identified case owned by the user and records its identification', () => {
      const p = ports(new InMemoryCaseRepository([aCase().withId('SCA-0004').build(), null]));
      const record = createCase(p, 'a@clinic.example');
      expect(record).toMatchObject({ rowNumber: 3, case: { caseId: 'SCA-0005', status: 'Identified', owner: 'a@clinic.example' } });
      expect(p.history.entries).toEqual([{ at: NOW, user: 'a@clinic.example', caseId: 'SCA-0005', field: 'Status', from: '', to: 'Identified', via: 'menu' }]);
    });

    it("applies the form's fields (Status stays Identified) and records the path it came by", () => {
      const p = ports(new InMemoryCaseRepository());
      const record = createCase(p, 'a@clinic.example', { payer: 'Aetna', owner: 'b@clinic.example', status: 'Active' }, 'sidebar');
      expect(record.case).toMatchObject({ payer: 'Aetna', owner: 'b@clinic.example', status: 'Identified' });
      expect(p.history.entries.map((e) => e.via)).toEqual(['sidebar']);
    });

    it('leaves Owner empty when the user is unknown', () => {
      const p = ports(new InMemoryCaseRepository());
      expect(createCase(p, '').case?.owner).toBe('');
    });
  });

  describe('assignMissingIds', () => {
    it('gives each hand-typed row the next ID, logs each in one append, and returns how many', () => {
      const cases = new InMemoryCaseRepository([aCase().withId('SCA-0002').build(), aCase().withId('').build(), null, aCase().withId('').build()]);
      const p = ports(cases);
      expect(assignMissingIds(p, { user: '', via: 'daily check' })).toBe(2);
      expect(p.history.appends).toBe(1);
      expect(p.history.entries.map((e) => [e.caseId, e.field, e.from, e.to, e.via])).toEqual([
        ['SCA-0003', 'Case ID', '', 'SCA-0003', 'daily check'],
        ['SCA-0004', 'Case ID', '', 'SCA-0004', 'daily check'],
      ]);
    });

    it('only within the given rows', () => {
      const cases = new InMemoryCaseRepository([aCase().withId('').build(), aCase().withId('').build()]);
      expect(assignMissingIds(ports(cases), { user: 'u@x.example', via: 'sheet edit' }, { first: 3, last: 3 })).toBe(1);
      expect(cases.rows.map((r) => r.case?.caseId)).toEqual(['', 'SCA-0001']);
    });
  });

  describe('caseOverview', () => {
    const base = { rowNumber: 2, rowProblems: [], settings: someSettings(), today: '2026-03-09' };

    it('lists what the next milestone needs from a dry-run transition', () => {
      const c = aCase().forPayer('Aetna').withStatus('Assembling packet').withPacket('all').build();
      const o = caseOverview({ ...base, case: c, planRule: aPlanRule().forPayer('Aetna').withMinAttempts(2).build(), inNetworkAttempts: 2 });
      expect(o.nextStatus).toBe('Submitted');
      expect(o.checklist.complete).toBe(true);
      expect(o.missingForNext.map((r) => r.code)).toEqual(['submission_not_recorded']);
      expect(o.progress.current).toBe('Assemble packet');
    });

    it('has no next milestone for an active case and reports its broken rules as problems', () => {
      const c = aCase().withStatus('Active').build();
      const o = caseOverview({ ...base, case: c, planRule: aPlanRule().build(), inNetworkAttempts: 0 });
      expect(o.nextStatus).toBeNull();
      expect(o.missingForNext).toEqual([]);
      expect(o.problems.length).toBeGreaterThan(0);
    });
  });
});
