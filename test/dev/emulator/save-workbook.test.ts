import { createTestEnvironment, FIXTURES } from './environment-factory';

describe('saveWorkbook', () => {
  it('is JSON-safe and restores properties, triggers, sent mail and quota with the workbook', () => {
    const env = createTestEnvironment({ now: '2026-03-09T13:00:00Z', mailQuota: 10 });
    const addOn = env.loadBundle(FIXTURES);
    env.writeSheet('Sheet1', 'A1', [['Case ID'], ['SCA-0001']]);
    addOn.run('setDocProperty', ['schema', '1']);
    addOn.run('installDaily');
    addOn.run('sendDigest', ['a@x.example', 'b@x.example']);

    const saved = JSON.parse(JSON.stringify(env.saveWorkbook())) as ReturnType<typeof env.saveWorkbook>;
    const again = createTestEnvironment({ workbook: saved, now: '2026-03-09T14:00:00Z' });

    expect(saved.version).toBe(1);
    expect(again.readSheet('Sheet1')).toEqual([['Case ID'], ['SCA-0001']]);
    expect(again.properties.document).toEqual({ schema: '1' });
    expect(again.triggers).toEqual(env.triggers);
    expect(again.mail.sent).toEqual(env.mail.sent);
    expect(again.mail.sent[0]?.sentAt).toBeInstanceOf(Date);
    const restored = again.loadBundle(FIXTURES);
    expect(restored.run('callService', ['MailApp.getRemainingDailyQuota', []])).toBe(8);
    expect(() => restored.run('installDaily')).toThrow(/too many time-based triggers/);
  });
});
