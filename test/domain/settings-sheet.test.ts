import { DEFAULT_SETTINGS } from '../../src/domain/default-settings';
import { DEFAULT_SETTINGS_ROWS, SETTINGS_HEADERS, parseRecipients, parseSettings, settingText } from '../../src/domain/settings-sheet';

describe('settings-sheet', () => {
  it('exports the two-column header and the default rows setup writes', () => {
    expect(SETTINGS_HEADERS).toEqual(['Setting', 'Value']);
    expect(DEFAULT_SETTINGS_ROWS).toContainEqual(['End date warning days', '30, 14, 7']);
    expect(DEFAULT_SETTINGS_ROWS).toContainEqual(['Include patient initials in emails', 'FALSE']);
  });

  it('reads its own default rows back as DEFAULT_SETTINGS', () => {
    expect(parseSettings([[...SETTINGS_HEADERS], ...DEFAULT_SETTINGS_ROWS.map((r) => [...r])])).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('uses the defaults for an empty sheet', () => expect(parseSettings([])).toEqual({ settings: DEFAULT_SETTINGS, problems: [] }));

  describe('parseSettings', () => {
    it.each([
      ['Alert recipients', 'a@x.org; B@Y.com, a@x.org', 'alertRecipients', ['a@x.org', 'b@y.com']],
      ['End date warning days', '7, 30,14', 'endDateTiers', [30, 14, 7]],
      ['End date warning days', 60, 'endDateTiers', [60]],
      ['Units low threshold (%)', '15%', 'unitsLowPercent', 15],
      ['Units low threshold (%)', 25, 'unitsLowPercent', 25],
      ['Follow-up every (business days)', '3', 'followUpCadenceDays', 3],
      ['Verbal approval grace (days)', 0, 'verbalWithoutWrittenDays', 0],
      ['Default turnaround (days)', 30, 'defaultTurnaroundDays', 30],
      ['alert hour (0-23)', 0, 'alertHour', 0],
      ['Include patient initials in emails', true, 'includePatientInitials', true],
      ['Send digest when nothing is due', 'yes', 'sendEmptyDigest', true],
      ['Service lines', 'ABA, Feeding therapy', 'serviceLines', ['ABA', 'Feeding therapy']],
      ['Clinic name', ' Sunrise Therapy ', 'clinicName', 'Sunrise Therapy'],
      ['Clinic NPI', 1234567890, 'clinicNpi', '1234567890'],
      ['Clinic TIN', '12-3456789', 'clinicTin', '12-3456789'],
      ['Clinic contact', '555-0100', 'clinicContact', '555-0100'],
    ] as const)('reads %s = %p', (label, value, key, expected) => {
      const { settings, problems } = parseSettings([[label, value]]);
      expect(settings[key]).toEqual(expected);
      expect(problems).toEqual([]);
    });

    it.each([
      ['End date warning days', 'soon', 'endDateTiers'],
      ['End date warning days', '30, 0', 'endDateTiers'],
      ['Units low threshold (%)', 120, 'unitsLowPercent'],
      ['Follow-up every (business days)', 2.5, 'followUpCadenceDays'],
      ['Alert hour (0-23)', 25, 'alertHour'],
      ['Alert hour (0-23)', -1, 'alertHour'],
      ['Include patient initials in emails', 'sometimes', 'includePatientInitials'],
      ['Service lines', ', ,', 'serviceLines'],
      ['Clinic NPI', '12345', 'clinicNpi'],
      ['Default turnaround (days)', new Date(0), 'defaultTurnaroundDays'],
    ] as const)('keeps the default for an invalid %s (%p) and reports it', (label, value, key) => {
      const { settings, problems } = parseSettings([[label, value]]);
      expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
      expect(problems).toEqual([{ code: 'invalid_setting', message: expect.stringMatching(new RegExp(`^${label.replace(/[()]/g, '\\$&')}: .* is not valid; expected .+\\. Using .+\\.$`)), column: label }]);
    });

    it('says what it expected and what it used', () => {
      expect(parseSettings([['Alert hour (0-23)', 25]]).problems[0]?.message).toBe(
        "Alert hour (0-23): '25' is not valid; expected a whole number from 0 to 23. Using 7.",
      );
    });

    it('keeps the valid recipients and names the invalid ones', () => {
      const { settings, problems } = parseSettings([['Alert recipients', 'a@x.org, bob, carol at x']]);
      expect(settings.alertRecipients).toEqual(['a@x.org']);
      expect(problems[0]?.message).toBe("Alert recipients: 'bob', 'carol at x' are not email addresses; they are skipped.");
      expect(parseSettings([['Alert recipients', 'bob']]).problems[0]?.message).toBe("Alert recipients: 'bob' is not an email address; it is skipped.");
    });

    it('ignores unknown settings, blank values, repeated labels and non-array rows', () => {
      const rows = [['Favourite colour', 'blue'], ['Alert hour (0-23)', ''], ['Clinic name', 'A'], ['Clinic name', 'B'], 'junk' as unknown as unknown[]];
      expect(parseSettings(rows)).toEqual({ settings: { ...DEFAULT_SETTINGS, clinicName: 'A' }, problems: [] });
    });
  });

  describe('parseRecipients', () => {
    it('splits on commas, semicolons and new lines', () => {
      expect(parseRecipients('a@x.org\nb@x.org;c@x.org')).toEqual({ emails: ['a@x.org', 'b@x.org', 'c@x.org'], invalid: [] });
    });
  });

  describe('settingText', () => {
    it.each([
      [true, 'TRUE'],
      [[30, 14], '30, 14'],
      [7, '7'],
    ])('shows %p as %p', (value, text) => expect(settingText(value)).toBe(text));
  });
});
