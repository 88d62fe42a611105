import { DEFAULT_SETTINGS } from '../../src/domain/default-settings';
import { SETTING_EXPLAINS, settingValidation } from '../../src/domain/settings-controls';
import type { Settings } from '../../src/domain/settings';

describe('settings-controls', () => {
  describe('settingValidation', () => {
    it.each([
      ['includePatientInitials', 'checkbox'],
      ['sendEmptyDigest', 'checkbox'],
      ['alertRecipients', 'formula'],
      ['endDateTiers', 'formula'],
      ['unitsLowPercent', 'formula'],
      ['followUpCadenceDays', 'formula'],
      ['verbalWithoutWrittenDays', 'formula'],
      ['defaultTurnaroundDays', 'formula'],
      ['alertHour', 'formula'],
      ['serviceLines', null],
      ['clinicName', null],
      ['clinicNpi', null],
      ['clinicTin', null],
      ['clinicContact', null],
    ] as const)('gives %s a %s check', (key, type) => {
      const plan = settingValidation(key, 'Label');
      expect(plan?.type ?? null).toBe(type);
      if (plan) expect(plan.help).toContain(`Label: ${SETTING_EXPLAINS[key]}`);
    });

    it.each([
      ['alertHour', '=AND(ISNUMBER({cell}),{cell}=INT({cell}),{cell}>=0,{cell}<=23)'],
      ['followUpCadenceDays', '=AND(ISNUMBER({cell}),{cell}=INT({cell}),{cell}>=1,{cell}<=60)'],
      ['verbalWithoutWrittenDays', '=AND(ISNUMBER({cell}),{cell}=INT({cell}),{cell}>=0,{cell}<=60)'],
    ] as const)('bounds %s as the parser does', (key, formula) => {
      expect(settingValidation(key, 'x')).toMatchObject({ formula });
    });
  });

  it('explains every setting in one line', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
      expect(SETTING_EXPLAINS[key]).toMatch(/^[A-Z].*\.$/);
      expect(SETTING_EXPLAINS[key]).not.toContain('\n');
    }
  });
});
