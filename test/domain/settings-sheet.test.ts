import { DEFAULT_SETTINGS } from '../../src/domain/default-settings';
import { parseSettingsRows, SETTING_ROWS } from '../../src/domain/settings-sheet';

describe('settings-sheet', () => {
  describe('parseSettingsRows', () => {
    it('returns the defaults when the sheet holds only the seeded rows', () => {
      const seeded = [['Setting', 'Value', 'What it means'], ...SETTING_ROWS.map((r) => [r.name, r.defaultCell, r.meaning])];
      expect(parseSettingsRows(seeded)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    });

    it('reads valid values, ignoring case and spacing of the names', () => {
      const { settings, problems } = parseSettingsRows([
        [' alert  RECIPIENTS ', 'ana@clinic.example; bo@clinic.example'],
        ['End-date alert days', '7, 60, 14'],
        ['Alert hour', 9],
        ['Include patient initials', true],
        ['Service lines', 'ABA, Speech therapy'],
        ['Clinic name', 'Riverbend'],
      ]);
      expect(problems).toEqual([]);
      expect(settings).toMatchObject({
        alertRecipients: ['ana@clinic.example', 'bo@clinic.example'],
        endDateTiers: [60, 14, 7],
        alertHour: 9,
        includePatientInitials: true,
        serviceLines: ['ABA', 'Speech therapy'],
        clinicName: 'Riverbend',
      });
    });

    it.each([
      ['Alert hour', 25, 'alertHour'],
      ['Units low percent', 'lots', 'unitsLowPercent'],
      ['End-date alert days', '30, soon', 'endDateTiers'],
      ['Alert recipients', 'Ana Smith', 'alertRecipients'],
      ['Send empty digest', 'maybe', 'sendEmptyDigest'],
    ] as const)('reports an invalid %s (%p) and uses the default', (name, value, key) => {
      const { settings, problems } = parseSettingsRows([[name, value]]);
      expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
      expect(problems).toEqual([expect.objectContaining({ code: 'bad_setting', column: name })]);
      expect(problems[0]?.message).toContain(`Settings › ${name}:`);
    });

    describe('edge cases', () => {
      it('keeps the first of a repeated name and ignores unknown names, blanks and non-arrays', () => {
        const rows = [['Alert hour', 8], ['Alert hour', 9], ['Colour', 'blue'], [], 'junk' as unknown as unknown[]];
        expect(parseSettingsRows(rows)).toEqual({ settings: { ...DEFAULT_SETTINGS, alertHour: 8 }, problems: [] });
      });
    });
  });
});
