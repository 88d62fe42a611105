import { createTestEnvironment, FIXTURES } from './environment-factory';

describe('vm loader', () => {
  describe('loadBundle', () => {
    it('lists the top-level functions the script declares, not the injected globals or its vars', () => {
      const addOn = createTestEnvironment().loadBundle(FIXTURES);
      expect(addOn.publicFunctions).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'doWork', 'helper_']));
      expect(addOn.publicFunctions).not.toContain('Fixture');
      expect(addOn.publicFunctions).not.toContain('SpreadsheetApp');
      expect(addOn.publicFunctions).not.toContain('Date');
    });

    it('gives each load a fresh global scope', () => {
      const env = createTestEnvironment();
      const first = env.loadBundle(FIXTURES);
      first.fireOnOpen('FULL');
      expect(env.ui.menus).toHaveLength(1);
      expect(() => env.loadBundle(FIXTURES).run('doWork')).not.toThrow();
    });
  });

  describe('emulated Date', () => {
    it('makes new Date() and Date.now() in the script read the emulated clock', () => {
      const env = createTestEnvironment({ now: '2026-03-09T13:00:00Z' });
      const addOn = env.loadBundle(FIXTURES);
      expect(addOn.run('nowIso')).toBe('2026-03-09T13:00:00.000Z');
      env.setNow('2026-03-10T08:30:00Z');
      expect(addOn.run('nowMillis')).toBe(env.now().getTime());
    });

    it('lets a host Date returned by getValues pass instanceof Date inside the script', () => {
      const env = createTestEnvironment();
      env.writeSheet('Sheet1', 'A1', [[new Date('2026-03-09T05:00:00Z')]]);
      expect(env.loadBundle(FIXTURES).run('firstCellIsDate', ['Sheet1'])).toBe(true);
    });
  });

  describe('errors', () => {
    it('rethrows a script error as a host Error with its message', () => {
      const addOn = createTestEnvironment().loadBundle(FIXTURES);
      expect(() => addOn.run('throwsError')).toThrow(Error);
      expect(() => addOn.run('throwsError')).toThrow('server says no');
    });

    it('throws "Script function not found" for an unknown function', () => {
      expect(() => createTestEnvironment().loadBundle(FIXTURES).run('nope')).toThrow('Script function not found: nope');
    });
  });
});
