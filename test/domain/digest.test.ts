import type { Alert } from '../../src/domain/alert';
import { MAX_DIGEST_LINES, buildDigests, type DigestOptions } from '../../src/domain/digest';
import { formatDisplayDate } from '../../src/domain/display-date';
import { patientInitials } from '../../src/domain/patient-initials';
import type { Settings } from '../../src/domain/settings';
import { aCase, someSettings } from './builders';

const alert = (caseId: string, owner: string, overrides: Partial<Alert> = {}): Alert => ({
  kind: 'follow_up_due',
  severity: 'warning',
  caseId,
  owner,
  dueDate: '2026-03-09',
  message: 'Follow-up due today',
  ...overrides,
});

const options = (settings: Partial<Settings> = {}): DigestOptions => ({
  today: '2026-03-09',
  settings: someSettings(settings),
  rowLink: (caseId) => `https://spreadsheet.example/d/abc/edit#gid=0&range=${encodeURIComponent(caseId)}`,
  rowNumber: () => 7,
});

const ALERTS: Alert[] = [
  alert('SCA-0001', 'ana@clinic.org', { kind: 'expired_while_active', severity: 'urgent', dueDate: '2026-03-01', message: 'Agreement expired 2026-03-01 while Active' }),
  alert('SCA-0001', 'ana@clinic.org'),
  alert('SCA-0002', 'Ben@Clinic.org', { kind: 'renewal_in_progress', severity: 'info', dueDate: '2026-03-30', message: 'Agreement ends in 21 days (2026-03-30); renewal SCA-0009 is Submitted' }),
  alert('SCA-0003', 'front desk', { kind: 'units_low', dueDate: null, message: '2 of 10 approved units left (20%)' }),
];

describe('digest', () => {
  describe('buildDigests — routing', () => {
    const route = (settings: Partial<Settings>) =>
      buildDigests(ALERTS, [], options(settings)).map((d) => `${d.to}: ${d.caseCount} cases, ${d.alertCount} alerts`);

    it('sends each owner their own cases, and skips an owner that is not an email', () => {
      expect(route({})).toEqual(['ana@clinic.org: 1 cases, 2 alerts', 'Ben@Clinic.org: 1 cases, 1 alerts']);
    });

    it('sends an alert recipient every alert', () => {
      expect(route({ alertRecipients: ['manager@clinic.org'] })).toEqual([
        'ana@clinic.org: 1 cases, 2 alerts',
        'Ben@Clinic.org: 1 cases, 1 alerts',
        'manager@clinic.org: 3 cases, 4 alerts',
      ]);
    });

    it('sends one digest with everything to an address that is both owner and recipient, compared case-insensitively', () => {
      expect(route({ alertRecipients: [' BEN@clinic.ORG ', 'ben@clinic.org'] })).toEqual(['ana@clinic.org: 1 cases, 2 alerts', 'BEN@clinic.ORG: 3 cases, 4 alerts']);
    });

    it('merges owners spelled differently into one digest', () => {
      const alerts = [alert('SCA-0001', 'ana@clinic.org'), alert('SCA-0002', 'ANA@clinic.org')];
      expect(buildDigests(alerts, [], options()).map((d) => [d.to, d.caseCount])).toEqual([['ana@clinic.org', 2]]);
    });

    it.each([["o'brien@clinic.example"], ['ana+sca@clinic.example'], ['Ana.Lopez@Clinic.Example']])(
      'routes a valid but unusual owner address %s (the same parser as the Owner cell check)',
      (owner) => {
        expect(buildDigests([alert('SCA-0001', owner)], [], options()).map((d) => d.to)).toEqual([owner]);
      },
    );

    it('ignores recipients that are not addresses', () => {
      expect(route({ alertRecipients: ['', 'manager', 'a@b'] })).toEqual(['ana@clinic.org: 1 cases, 2 alerts', 'Ben@Clinic.org: 1 cases, 1 alerts']);
    });

    it('sends recipients an empty digest only when Settings asks for one', () => {
      expect(buildDigests([], [], options({ alertRecipients: ['m@clinic.org'] }))).toEqual([]);
      const [empty] = buildDigests([], [], options({ alertRecipients: ['m@clinic.org'], sendEmptyDigest: true }));
      expect(empty).toMatchObject({ to: 'm@clinic.org', subject: 'SCA Tracker: no cases need action — Mon 9 Mar 2026', caseCount: 0, alertCount: 0 });
    });
  });

  describe('buildDigests — content', () => {
    it.each([
      [1, 'SCA Tracker: 1 case needs action — Mon 9 Mar 2026'],
      [2, 'SCA Tracker: 2 cases need action — Mon 9 Mar 2026'],
      [3, 'SCA Tracker: 3 cases need action — Mon 9 Mar 2026'],
    ])('with %i cases has the subject "%s"', (n, subject) => {
      const alerts = ALERTS.filter((a) => Number(a.caseId.slice(-1)) <= n);
      const [digest] = buildDigests(alerts, [], options({ alertRecipients: ['m@clinic.org'] })).filter((d) => d.to === 'm@clinic.org');
      expect(digest?.subject).toBe(subject);
    });

    it('writes the plain text grouped by urgency: case, payer, alert, what to do, by when, owner, link', () => {
      const cases = [aCase().withId('SCA-0001').build(), aCase().withId('SCA-0002').build(), aCase().withId('SCA-0003').build()]
        .map((c, i) => ({ ...c, payer: ['aetna ', 'Typo Health', ''][i] ?? '' }));
      const [digest] = buildDigests(ALERTS, cases, { ...options({ alertRecipients: ['m@clinic.org'] }), knownPayers: ['Aetna'] })
        .filter((d) => d.to === 'm@clinic.org');
      const link = (id: string): string => `  https://spreadsheet.example/d/abc/edit#gid=0&range=${id}`;
      expect(digest?.text).toBe(
        [
          'SCA Tracker — Mon 9 Mar 2026',
          '3 cases need action (4 alerts).',
          '',
          'Urgent (1)',
          '- SCA-0001 · Aetna — Agreement expired 2026-03-01 while Active',
          '  Do: Stop scheduling; get the renewal approved in writing or close the case — by today (was due Sun 1 Mar 2026) — owner ana@clinic.org',
          link('SCA-0001'),
          '',
          'Needs attention (2)',
          '- SCA-0001 · Aetna — Follow-up due today',
          '  Do: Contact the payer and log the contact — by today — owner ana@clinic.org',
          link('SCA-0001'),
          '- SCA-0003 — 2 of 10 approved units left (20%)',
          '  Do: Ask the payer for more units — owner front desk',
          link('SCA-0003'),
          '',
          'For information (1)',
          '- SCA-0002 · payer not in Plan rules — Agreement ends in 21 days (2026-03-30); renewal SCA-0009 is Submitted',
          '  Do: Follow the renewal; close this case once it is approved in writing — by Mon 30 Mar 2026 — owner Ben@Clinic.org',
          link('SCA-0002'),
          '',
          'This email lists case IDs only, by design. Open the tracker for the details.',
        ].join('\n'),
      );
    });

    it('does not repeat the owner\'s own name in the owner\'s digest (any spelling), but names other owners', () => {
      const alerts = [alert('SCA-0001', 'Ana@Clinic.org'), alert('SCA-0002', 'ben@clinic.org')];
      const digests = buildDigests(alerts, [], options({ alertRecipients: ['ana@clinic.org'] }));
      const ana = digests.find((d) => d.to === 'ana@clinic.org');
      const ben = digests.find((d) => d.to === 'ben@clinic.org');
      expect(ana?.text).not.toMatch(/owner ana@clinic\.org/i);
      expect(ana?.text).toContain('owner ben@clinic.org');
      expect(ben?.text).not.toContain('owner');
      expect(ben?.html).not.toContain('>Owner</th>');
      expect(ana?.html).toContain('>Owner</th>');
    });

    it('groups lines by urgency, most urgent group first, whatever order the alerts come in', () => {
      const mixed = [
        alert('SCA-0003', 'ana@clinic.org', { severity: 'info', kind: 'renewal_in_progress' }),
        alert('SCA-0001', 'ana@clinic.org', { severity: 'urgent', kind: 'units_exhausted', dueDate: null }),
        alert('SCA-0002', 'ana@clinic.org', { severity: 'warning' }),
        alert('SCA-0004', 'ana@clinic.org', { severity: 'urgent', kind: 'follow_up_overdue', dueDate: '2026-03-05' }),
      ];
      const [digest] = buildDigests(mixed, [], options());
      const headingsAndCases = (digest?.text ?? '').split('\n').filter((l) => /^(Urgent|Needs attention|For information) \(|^- /.test(l)).map((l) => l.split(' — ')[0]);
      expect(headingsAndCases).toEqual(['Urgent (2)', '- SCA-0004', '- SCA-0001', 'Needs attention (1)', '- SCA-0002', 'For information (1)', '- SCA-0003']);
    });

    it('shows a payer only as named in Plan rules, so typed text in the Payer cell never reaches mail', () => {
      const typed = { ...aCase().withId('SCA-0001').build(), payer: 'Jane Roe 04/12/1961' };
      const [digest] = buildDigests([alert('SCA-0001', 'ana@clinic.org')], [typed], { ...options(), knownPayers: ['Aetna'] });
      expect(digest?.text).not.toContain('Jane');
      expect(digest?.text).toContain('SCA-0001 · payer not in Plan rules');
    });

    it('writes an HTML table per urgency group with a link to each row', () => {
      const [digest] = buildDigests(ALERTS.slice(0, 1), [], options());
      expect(digest?.html).toContain('>Urgent (1)</h3>');
      expect(digest?.html).toContain('>What to do</th>');
      expect(digest?.html).toMatch(/<td style="[^"]*font-weight:bold[^"]*">SCA-0001<\/td>/);
      expect(digest?.html).toContain('<a href="https://spreadsheet.example/d/abc/edit#gid=0&amp;range=SCA-0001"');
      expect(digest?.html).not.toContain('Needs attention');
    });

    it('lists at most MAX_DIGEST_LINES lines, most urgent first, and counts the rest', () => {
      const many = Array.from({ length: MAX_DIGEST_LINES + 5 }, (_, i) =>
        alert(`SCA-${String(i).padStart(4, '0')}`, 'ana@clinic.org', { severity: i < 3 ? 'urgent' : 'info' }),
      );
      const [digest] = buildDigests(many, [], options());
      expect(digest).toMatchObject({ caseCount: MAX_DIGEST_LINES + 5, alertCount: MAX_DIGEST_LINES + 5 });
      expect(digest?.subject).toBe(`SCA Tracker: ${MAX_DIGEST_LINES + 5} cases need action — Mon 9 Mar 2026`);
      expect(digest?.text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(MAX_DIGEST_LINES);
      expect(digest?.text).toContain('Urgent (3)\n');
      expect(digest?.text).toContain(`For information (${MAX_DIGEST_LINES + 2}, ${MAX_DIGEST_LINES - 3} listed)`);
      expect(digest?.text).toContain('5 more alerts are not listed: see the Flags column in the tracker.');
      expect(digest?.html).toContain('5 more alerts are not listed');
    });

    it.each([
      ['a name and birth date typed over the ID', 'Jane Roe 04/12/1961'],
      ['a malformed ID', 'SCA-12'],
      ['an ID with a tail', 'SCA-0001 call Jane'],
      ['text that looks like a link', 'https://phish.example/login'],
    ])('names a case by its row, never by the cell, when the Case ID cell holds %s', (_what, cell) => {
      const [digest] = buildDigests([alert(cell, 'ana@clinic.org')], [aCase({ caseId: cell, patient: 'Jane Roe' }).build()], {
        ...options({ includePatientInitials: true }),
        rowLink: () => 'https://spreadsheet.example/d/abc/edit#gid=0&range=A7',
      });
      for (const body of [digest?.text ?? '', digest?.html ?? '', digest?.subject ?? '']) expect(body).not.toContain(cell);
      expect(digest?.text).toContain('- a case on row 7 of Cases — Follow-up due today');
      expect(digest?.html).toContain('>a case on row 7 of Cases</td>');
      expect(digest?.text).toContain('https://spreadsheet.example/d/abc/edit#gid=0&range=A7');
    });

    it('names an issued ID in its canonical form', () => {
      const [digest] = buildDigests([alert(' sca-0042 ', 'ana@clinic.org')], [], options());
      expect(digest?.text).toContain('- SCA-0042 — Follow-up due today');
    });

    it('keeps the spreadsheet name (typed by people) out of the digest', () => {
      const [digest] = buildDigests([alert('SCA-0001', 'ana@clinic.org')], [], options());
      expect(digest?.text.split('\n')[0]).toBe('SCA Tracker — Mon 9 Mar 2026');
    });

    it('escapes every interpolated value in the HTML', () => {
      const evil = '<script>alert("x")</script>';
      const alerts = [alert(evil, `${evil}@x.org`, { message: `a & b ${evil}` })];
      const [digest] = buildDigests(alerts, [], options({ alertRecipients: ['m@clinic.org'] }));
      expect(digest?.html).not.toContain('<script>');
      expect(digest?.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(digest?.html).toContain('a &amp; b');
    });

    it.each([
      ['javascript:alert(1)', false],
      ['data:text/html,hi', false],
      ['#gid=0&range=A5', true],
      ['https://example.org/"onmouseover="x', true],
    ])('links %s only when it is http(s) or in-document: %s', (link, anchored) => {
      const [digest] = buildDigests(ALERTS.slice(0, 1), [], { ...options(), rowLink: () => link });
      expect(digest?.html.includes('<a href=')).toBe(anchored);
      expect(digest?.html).not.toContain('"onmouseover="');
    });
  });

  describe('buildDigests — patient initials', () => {
    const cases = [aCase({ caseId: 'SCA-0001', patient: 'Jane Q Doe', memberId: 'XJ-99812' }).build()];

    it('shows no patient value by default', () => {
      const [digest] = buildDigests(ALERTS.slice(0, 1), cases, options());
      expect(`${digest?.text}${digest?.html}`).not.toMatch(/J\.D\.|Jane|Doe|XJ-99812/);
    });

    it('shows initials next to the case ID when Settings allows them', () => {
      const [digest] = buildDigests(ALERTS.slice(0, 1), cases, options({ includePatientInitials: true }));
      expect(digest?.text).toContain('- SCA-0001 (J.D.) — Agreement expired');
      expect(digest?.html).toContain('>SCA-0001 (J.D.)</td>');
      expect(`${digest?.text}${digest?.html}`).not.toMatch(/Jane|Doe|XJ-99812/);
    });
  });

  describe('patientInitials', () => {
    it.each([
      ['Jane Doe', 'J.D.'],
      ['jane q doe', 'J.D.'],
      ['J.D.', 'J.D.'],
      ['JD', 'J.D.'],
      ['jd', 'J.'],
      ['Jane', 'J.'],
      ['  Zoë   Ångström-Lee ', 'Z.Å.'],
      ['P-00123', ''], // an internal ID: shows nothing
      ['MRN 4411', ''],
      ['', ''],
      ['--', ''],
    ])('%j → %j', (patient, initials) => {
      expect(patientInitials(patient)).toBe(initials);
    });
  });

  describe('formatDisplayDate', () => {
    it.each([
      ['2026-03-09', 'Mon 9 Mar 2026'],
      ['2026-03-08', 'Sun 8 Mar 2026'],
      ['2026-11-01', 'Sun 1 Nov 2026'],
      ['2024-02-29', 'Thu 29 Feb 2024'],
      ['2023-12-31', 'Sun 31 Dec 2023'],
      ['2000-01-01', 'Sat 1 Jan 2000'],
      ['2030-07-04', 'Thu 4 Jul 2030'],
      ['not a date', 'not a date'],
    ])('%s → %s', (iso, text) => {
      expect(formatDisplayDate(iso)).toBe(text);
    });
  });
});
