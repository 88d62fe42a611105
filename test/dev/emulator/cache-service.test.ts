import { createTestEnvironment } from './environment-factory';

const setup = () => {
  const env = createTestEnvironment({ now: '2026-03-09T13:00:00Z' });
  return { env, cache: (env.globals.CacheService as GoogleAppsScript.Cache.CacheService).getScriptCache() };
};

describe('CacheService', () => {
  describe('expiry', () => {
    it('keeps a value until its expiry on the emulated clock', () => {
      const { env, cache } = setup();
      cache.put('k', 'v', 60);
      env.setNow('2026-03-09T13:00:59Z');
      expect(cache.get('k')).toBe('v');
      env.setNow('2026-03-09T13:01:00Z');
      expect(cache.get('k')).toBeNull();
    });

    it('defaults to 10 minutes and caps at 6 hours', () => {
      const { env, cache } = setup();
      cache.put('short', 'v');
      cache.put('long', 'v', 999_999);
      env.setNow('2026-03-09T13:10:00Z');
      expect(cache.get('short')).toBeNull();
      env.setNow('2026-03-09T18:59:59Z');
      expect(cache.get('long')).toBe('v');
      env.setNow('2026-03-09T19:00:00Z');
      expect(cache.get('long')).toBeNull();
    });
  });

  describe('batch calls', () => {
    it('putAll, getAll (missing keys absent), remove, removeAll', () => {
      const { cache } = setup();
      cache.putAll({ a: '1', b: '2', c: '3' });
      cache.remove('a');
      expect(cache.getAll(['a', 'b', 'c', 'z'])).toEqual({ b: '2', c: '3' });
      cache.removeAll(['b', 'c']);
      expect(cache.getAll(['b', 'c'])).toEqual({});
    });
  });

  describe('limits', () => {
    it('refuses keys over 250 characters', () => {
      const { cache } = setup();
      expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    });

    it('refuses values over 100 KB', () => {
      const { cache } = setup();
      expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    });
  });
});
