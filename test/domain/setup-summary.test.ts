import { summariseSetup, type SetupChange } from '../../src/domain/setup-summary';

describe('setup-summary', () => {
  describe('summariseSetup', () => {
    it('says the tracker is in order when nothing changed', () => {
      expect(summariseSetup([], 8)).toBe('Tracker is in good order — nothing to repair.');
    });

    it('reports a first set-up by the sheets it created, leaving out what they imply', () => {
      const changes: SetupChange[] = [
        { sheet: 'Cases', kind: 'createdSheet' },
        { sheet: 'Cases', kind: 'addedColumn', item: 'Case ID' },
        { sheet: 'Cases', kind: 'rowColours' },
        { sheet: 'Run log', kind: 'createdSheet' },
      ];
      expect(summariseSetup(changes, 2)).toBe('Tracker set up: created 2 sheets (Cases, Run log).');
    });

    it('lists repairs in a fixed order, naming columns and settings, counting the rest', () => {
      const changes: SetupChange[] = [
        { sheet: 'Cases', kind: 'validation', item: 'End date' },
        { sheet: 'Cases', kind: 'addedColumn', item: 'Notes' },
        { sheet: 'Cases', kind: 'validation', item: 'Notes' },
        { sheet: 'Cases', kind: 'addedColumn', item: 'Flags' },
        { sheet: 'Cases', kind: 'validation', item: 'Status' },
        { sheet: 'Settings', kind: 'addedSetting', item: 'Alert hour' },
        { sheet: 'Cases', kind: 'frozenHeader' },
      ];
      expect(summariseSetup(changes, 8)).toBe(
        'Tracker repaired: added 2 missing columns (Notes, Flags); added 1 missing setting (Alert hour); restored validation on 2 columns; froze the header row on 1 sheet.',
      );
    });

    describe('edge cases', () => {
      it('shortens a long list of names', () => {
        const changes: SetupChange[] = Array.from({ length: 10 }, (_, i) => ({ sheet: 'Cases', kind: 'addedColumn', item: `C${i + 1}` }));
        expect(summariseSetup(changes, 8)).toBe('Tracker repaired: added 10 missing columns (C1, C2, C3, C4, C5, C6 and 4 more).');
      });

      it('says "repaired" when only some sheets were created', () => {
        expect(summariseSetup([{ sheet: 'Visits', kind: 'createdSheet' }], 8)).toBe('Tracker repaired: created 1 sheet (Visits).');
      });
    });
  });
});
