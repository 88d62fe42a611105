import { createTestEnvironment, FIXTURES } from './environment-factory';

const setup = () => {
  const env = createTestEnvironment();
  return { env, addOn: env.loadBundle(FIXTURES), props: (env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties() };
};

describe('PropertiesService', () => {
  describe('Properties', () => {
    it('stores strings and reads them back; a missing key is null', () => {
      const { env, props } = setup();
      props.setProperty('n', 42 as unknown as string);
      expect(props.getProperty('n')).toBe('42');
      expect(props.getProperty('missing')).toBeNull();
      expect(env.properties.document).toEqual({ n: '42' });
    });

    it('setProperties merges, or replaces everything with deleteAllOthers', () => {
      const { props } = setup();
      props.setProperties({ a: '1', b: '2' });
      props.setProperties({ c: '3' });
      expect(props.getKeys().sort()).toEqual(['a', 'b', 'c']);
      props.setProperties({ d: '4' }, true);
      expect(props.getProperties()).toEqual({ d: '4' });
    });

    it('deleteProperty and deleteAllProperties', () => {
      const { props } = setup();
      props.setProperties({ a: '1', b: '2' });
      props.deleteProperty('a');
      expect(props.getKeys()).toEqual(['b']);
      props.deleteAllProperties();
      expect(props.getProperties()).toEqual({});
    });

    it('counts calls by class and method', () => {
      const { env, props } = setup();
      props.getProperty('x');
      expect(env.calls.get('PropertiesService.getDocumentProperties')).toBe(1);
      expect(env.calls.get('Properties.getProperty')).toBe(1);
    });
  });

  describe('limits', () => {
    it('throws "Argument too large: value" for a value over 9 KB', () => {
      const { props } = setup();
      expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
      expect(() => props.setProperty('ok', 'x'.repeat(9 * 1024))).not.toThrow();
    });

    it('measures the value in UTF-8 bytes', () => {
      const { props } = setup();
      expect(() => props.setProperty('big', 'é'.repeat(5000))).toThrow('Argument too large');
    });

    it('throws when the store would pass 500 KB, and a failed setProperties changes nothing', () => {
      const { props } = setup();
      const values = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'x'.repeat(9000)]));
      expect(() => props.setProperties(values)).toThrow(/property storage quota/);
      expect(props.getKeys()).toEqual([]);
    });
  });

  describe('authorization', () => {
    it('allows document properties in AuthMode.LIMITED', () => {
      const { env, addOn } = setup();
      addOn.run('setDocProperty', ['k', 'v'], 'LIMITED');
      expect(env.properties.document).toEqual({ k: 'v' });
    });

    it.each(['getDocumentProperties', 'getUserProperties', 'getScriptProperties'])('throws for %s in AuthMode.NONE', (method) => {
      const { addOn } = setup();
      expect(() => addOn.run('callService', [`PropertiesService.${method}`, []], 'NONE')).toThrow(/AuthMode.NONE/);
    });
  });

  describe('user properties', () => {
    it('are per user: a trigger sees its owner’s store', () => {
      const { env } = setup();
      const service = env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
      service.getUserProperties().setProperty('who', 'coordinator');
      env.setActiveUser('biller@clinic.example');
      expect(service.getUserProperties().getProperty('who')).toBeNull();
      expect(env.properties.user).toEqual({});
    });
  });
});
