import { createTestEnvironment, FIXTURES } from './environment-factory';

const setup = (options: Parameters<typeof createTestEnvironment>[0] = {}) => {
  const env = createTestEnvironment({ now: '2026-03-09T13:00:00Z', ...options });
  return { env, addOn: env.loadBundle(FIXTURES) };
};

describe('MailApp', () => {
  describe('sendEmail', () => {
    it('records the message with the clock and the sender', () => {
      const { env, addOn } = setup();
      addOn.run('callService', ['MailApp.sendEmail', ['a@x.example', 'Subject', 'Body', { cc: 'b@x.example', name: 'SCA Tracker' }]]);
      expect(env.mail.sent).toEqual([
        expect.objectContaining({ to: 'a@x.example', cc: 'b@x.example', subject: 'Subject', body: 'Body', name: 'SCA Tracker', from: 'coordinator@clinic.example', sentAt: new Date('2026-03-09T13:00:00Z') }),
      ]);
    });

    it('accepts the message-object form', () => {
      const { env, addOn } = setup();
      addOn.run('sendDigest', ['a@x.example', 'b@x.example']);
      expect(env.mail.sent[0]).toMatchObject({ to: 'a@x.example', cc: 'b@x.example', subject: 'Digest' });
      expect(env.calls.get('MailApp.sendEmail')).toBe(1);
    });
  });

  describe('quota', () => {
    it('counts recipients in To, Cc and Bcc, comma-separated', () => {
      const { addOn } = setup({ mailQuota: 10 });
      addOn.run('callService', ['MailApp.sendEmail', [{ to: 'a@x.example, b@x.example', cc: 'c@x.example', bcc: 'd@x.example,e@x.example', subject: 's', body: 'b' }]]);
      expect(addOn.run('callService', ['MailApp.getRemainingDailyQuota', []])).toBe(5);
    });

    it('throws "Service invoked too many times for one day: email." when the recipients exceed the quota', () => {
      const { env, addOn } = setup({ mailQuota: 2 });
      expect(() => addOn.run('sendDigest', ['a@x.example,b@x.example', 'c@x.example'])).toThrow(
        'Service invoked too many times for one day: email.',
      );
      expect(env.mail.sent).toHaveLength(0);
    });

    it('restores the daily quota 24 hours after the first send', () => {
      const { env, addOn } = setup({ mailQuota: 1 });
      addOn.run('sendDigest', ['a@x.example', '']);
      expect(() => addOn.run('sendDigest', ['a@x.example', ''])).toThrow('too many times');
      env.setNow('2026-03-10T13:00:00Z');
      expect(() => addOn.run('sendDigest', ['a@x.example', ''])).not.toThrow();
    });

    it('lets a test set the remaining quota', () => {
      const { env, addOn } = setup();
      env.mail.setQuota(0);
      expect(() => addOn.run('sendDigest', ['a@x.example', ''])).toThrow('too many times');
    });
  });

  describe('authorization', () => {
    it.each(['LIMITED', 'NONE'] as const)('throws in AuthMode.%s (e.g. from a simple onEdit trigger)', (mode) => {
      const { env, addOn } = setup();
      expect(() => addOn.run('sendDigest', ['a@x.example', ''], mode)).toThrow(/permission to call MailApp.sendEmail/);
      expect(env.mail.sent).toHaveLength(0);
    });

    it('throws when the user must re-authorize', () => {
      const { env, addOn } = setup();
      env.setAuthorizationRequired(true);
      expect(() => addOn.run('sendDigest', ['a@x.example', ''])).toThrow('Authorization is required to perform that action.');
    });
  });

  describe('edge cases', () => {
    it('refuses a malformed address and sends nothing', () => {
      const { env, addOn } = setup();
      expect(() => addOn.run('sendDigest', ['a@x.example, not-an-address', ''])).toThrow('Invalid email: not-an-address');
      expect(env.mail.sent).toHaveLength(0);
      expect(() => addOn.run('sendDigest', ['Owner <a@x.example>', ''])).not.toThrow();
    });

    it('refuses a message without recipients', () => {
      const { addOn } = setup();
      expect(() => addOn.run('sendDigest', ['', ''])).toThrow('no recipient');
    });

    it('sends from the trigger owner in an installable trigger', () => {
      const { env, addOn } = setup();
      env.setActiveUser('owner@clinic.example');
      addOn.run('installDaily');
      env.setActiveUser('someone-else@clinic.example');
      addOn.fireTimeTriggers();
      expect(env.mail.sent[0]?.from).toBe('owner@clinic.example');
    });
  });
});
