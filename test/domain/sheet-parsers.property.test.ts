import fc from 'fast-check';
import { CELL_ERRORS } from '../../src/domain/cell-errors';
import { CONTACTS_HEADERS, mapContactsHeaders, parseContactRow } from '../../src/domain/contacts-sheet';
import { IN_NETWORK_SEARCH_HEADERS, mapInNetworkSearchHeaders, parseInNetworkAttemptRow } from '../../src/domain/in-network-search-sheet';
import { parsePlanRules, PLAN_RULES_HEADERS } from '../../src/domain/plan-rules-sheet';
import { parseSettings, SETTING_ROWS } from '../../src/domain/settings-sheet';
import { VISITS_HEADERS, mapVisitsHeaders, parseVisitRow } from '../../src/domain/terms-visits/visits-sheet';

const cell = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(''),
  fc.string(),
  fc.constantFrom(...CELL_ERRORS, 'Yes', 'No', 'All', 'Offer', '90837', '$120', '30, 14, 7', 'a@b.org'),
  fc.constantFrom(null, undefined, {}, [] as unknown),
);
const cells = fc.array(cell, { maxLength: 10 });
const ctx = { timeZone: 'America/New_York', rowNumber: 2 };

describe('sheet parsers (properties)', () => {
  it.each([
    ['In-network search', (c: unknown[]) => parseInNetworkAttemptRow(c, mapInNetworkSearchHeaders(IN_NETWORK_SEARCH_HEADERS), ctx)],
    ['Contacts', (c: unknown[]) => parseContactRow(c, mapContactsHeaders(CONTACTS_HEADERS), ctx)],
    ['Visits', (c: unknown[]) => parseVisitRow(c, mapVisitsHeaders(VISITS_HEADERS), ctx)],
  ])('a %s row of any cells never throws, and every problem names a column', (_sheet, parse) => {
    fc.assert(
      fc.property(cells, (c) => {
        const result = parse(c);
        if (result.kind === 'entry') for (const p of result.problems) expect(p.column).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });

  it('a Plan rules sheet of any cells never throws and yields one rule per payer', () => {
    fc.assert(
      fc.property(fc.array(cells, { maxLength: 8 }), (rows) => {
        const { rules } = parsePlanRules([[...PLAN_RULES_HEADERS], ...rows]);
        const payers = rules.map((r) => r.payer.toLowerCase().replace(/\s+/g, ' '));
        expect(new Set(payers).size).toBe(payers.length);
        for (const rule of rules) expect(rule.minInNetworkAttempts).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a Settings sheet of any values never throws and keeps every setting in range', () => {
    const label = fc.constantFrom(...SETTING_ROWS.map((s) => s.label), 'Other');
    fc.assert(
      fc.property(fc.array(fc.tuple(label, cell), { maxLength: 20 }), (rows) => {
        const { settings } = parseSettings(rows);
        expect(settings.alertHour).toBeGreaterThanOrEqual(0);
        expect(settings.alertHour).toBeLessThanOrEqual(23);
        expect(settings.followUpCadenceDays).toBeGreaterThanOrEqual(1);
        expect(settings.endDateTiers.length).toBeGreaterThan(0);
        expect(settings.serviceLines.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
