/** The Pilot review use case over in-memory ports: order of work, refusals, dropdown choices, privacy. */
import { runPilotReview } from '../../../src/app/pilot-review/run-pilot-review';
import { aCase } from '../../domain/builders';
import { FixedClock } from '../../fakes/fixed-clock';
import { FixedStatusHistory } from '../../fakes/fixed-status-history';
import { InMemoryCaseRepository } from '../../fakes/in-memory-case-repository';
import { RecordingPilotReviewPage } from '../../fakes/recording-pilot-review-page';

const clock = new FixedClock(new Date('2026-03-09T15:00:00Z'));

function ports(page = new RecordingPilotReviewPage(), history = new FixedStatusHistory()) {
  const cases = new InMemoryCaseRepository([
    aCase({ caseId: 'SCA-0001', patient: 'PT-SECRET', memberId: 'MBR-SECRET', payer: 'Blue Plan', serviceLine: 'ABA', status: 'Denied', denialReason: 'Missing documentation', submittedOn: '2026-02-01', decisionOn: '2026-02-04' }).build(),
    aCase({ caseId: 'SCA-0002', payer: 'acme health', serviceLine: 'Psychotherapy', status: 'Submitted', submittedOn: '2026-03-01' }).build(),
    aCase({ caseId: 'SCA-0003', payer: 'Acme Health', serviceLine: 'Psychotherapy', status: 'Identified' }).build(),
  ]);
  return { cases, history, page, clock };
}

describe('run-pilot-review', () => {
  describe('runPilotReview', () => {
    it('shows the report for the default period and fills the blank dates', () => {
      const p = ports();
      expect(runPilotReview(p)).toEqual({ caseCount: 2, decided: 1, open: 1 });
      const shown = p.page.shown[0];
      expect(shown?.filled).toEqual({ from: '2025-12-09', to: '2026-03-09' });
      expect(shown?.report.rows[1]?.slice(0, 2)).toEqual(['Period', '2025-12-09 to 2026-03-09']);
      expect(shown?.report.charts.map((c) => c.type)).toEqual(['column', 'bar', 'pie', 'column', 'column']);
    });

    it('offers the payers and service lines present, once each, sorted', () => {
      const p = ports();
      runPilotReview(p);
      expect(p.page.shown[0]?.choices).toEqual({ payers: ['acme health', 'Blue Plan'], serviceLines: ['ABA', 'Psychotherapy'] });
    });

    it('applies the payer filter the manager typed', () => {
      const p = ports(new RecordingPilotReviewPage({ from: '', to: '', payer: 'Blue Plan', serviceLine: '' }));
      expect(runPilotReview(p).caseCount).toBe(1);
    });

    it('refuses bad parameters before reading History, and shows nothing', () => {
      const history = new FixedStatusHistory();
      const p = ports(new RecordingPilotReviewPage({ from: '2026-03-01', to: '2026-02-01', payer: '', serviceLine: '' }), history);
      expect(() => runPilotReview(p)).toThrow(expect.objectContaining({ reason: 'bad-parameters', message: expect.stringMatching(/is before From/) }));
      expect(history.reads).toBe(0);
      expect(p.page.shown).toEqual([]);
    });

    it('never puts a Patient or Member ID into the report', () => {
      const p = ports();
      runPilotReview(p);
      expect(JSON.stringify(p.page.shown)).not.toMatch(/SECRET/);
    });
  });
});
