import { createTestEnvironment, FIXTURES } from './environment-factory';

describe('Session', () => {
  it('reports the active user, the effective user and the script time zone', () => {
    const env = createTestEnvironment({ activeUser: 'a@clinic.example', scriptTimeZone: 'Europe/Paris' });
    const session = env.globals.Session as GoogleAppsScript.Base.Session;
    expect(session.getActiveUser().getEmail()).toBe('a@clinic.example');
    expect(session.getEffectiveUser().getEmail()).toBe('a@clinic.example');
    expect(session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(session.getTemporaryActiveUserKey()).toEqual(expect.any(String));
  });

  it("blanks the active user's email in simple triggers when asked to, not in FULL executions", () => {
    const env = createTestEnvironment({ hideActiveUserInSimpleTriggers: true });
    const addOn = env.loadBundle(FIXTURES);
    addOn.fireOnOpen('LIMITED');
    expect(addOn.run('lastOpen')).toEqual({ mode: 'LIMITED', user: '', session: '' });
    const user = addOn.run('callService', ['Session.getActiveUser', []]) as GoogleAppsScript.Base.User;
    expect(user.getEmail()).toBe('coordinator@clinic.example');
  });

  it('gives e.user and the session the active user by default', () => {
    const env = createTestEnvironment();
    const addOn = env.loadBundle(FIXTURES);
    addOn.fireOnOpen('NONE');
    expect(addOn.run('lastOpen')).toEqual({ mode: 'NONE', user: 'coordinator@clinic.example', session: 'coordinator@clinic.example' });
  });
});

describe('Utilities', () => {
  const utilities = () => createTestEnvironment().globals.Utilities as GoogleAppsScript.Utilities.Utilities;

  it('formatDate uses the given zone', () => {
    expect(utilities().formatDate(new Date('2026-03-09T03:30:00Z'), 'America/New_York', 'yyyy-MM-dd')).toBe('2026-03-08');
  });

  it('formatString, getUuid, base64Encode, parseCsv, newBlob', () => {
    const u = utilities();
    expect(u.formatString('%s has %d units', 'SCA-1', 12)).toBe('SCA-1 has 12 units');
    expect(u.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(u.base64Encode('hi')).toBe('aGk=');
    expect(u.parseCsv('a,"b,c"\n1,"say ""hi"""')).toEqual([['a', 'b,c'], ['1', 'say "hi"']]);
    expect(u.newBlob('text', 'text/plain', 'a.txt').getDataAsString()).toBe('text');
  });

  it('sleep does not move the emulated clock', () => {
    const env = createTestEnvironment({ now: '2026-03-09T13:00:00Z' });
    (env.globals.Utilities as GoogleAppsScript.Utilities.Utilities).sleep(5000);
    expect(env.now().toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });
});

describe('Logger and console', () => {
  it('capture the bundle’s output in env.logs', () => {
    const env = createTestEnvironment();
    env.loadBundle(FIXTURES).run('logSomething');
    expect(env.logs).toEqual(['from console 42', 'from Logger']);
  });
});
