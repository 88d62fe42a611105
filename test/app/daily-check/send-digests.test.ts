import type { Digest } from '../../../src/domain/digest';
import { loadLedger } from '../../../src/app/daily-check/digest-ledger';
import { sendDigests } from '../../../src/app/daily-check/send-digests';
import { InMemoryStore } from '../../fakes/in-memory-store';
import { RecordingMailer } from '../../fakes/recording-mailer';

const digest = (to: string): Digest => ({ to, subject: `s ${to}`, text: 't', html: '<p>t</p>', caseCount: 1, alertCount: 1 });
const three = [digest('a@clinic.example'), digest('b@clinic.example'), digest('c@clinic.example')];

describe('sendDigests', () => {
  it('sends one digest per address and records them for the day', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    const outcome = sendDigests(three, mailer, store, '2026-03-09');
    expect(outcome).toEqual({ sent: 3, skipped: 0, pending: 0, errors: [] });
    expect(mailer.sent.map((m) => m.to)).toEqual(['a@clinic.example', 'b@clinic.example', 'c@clinic.example']);
  });

  it('sends nothing new on a second run the same day, and again the next day', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    sendDigests(three, mailer, store, '2026-03-09');
    expect(sendDigests(three, mailer, store, '2026-03-09')).toMatchObject({ sent: 0, skipped: 3 });
    expect(sendDigests(three, mailer, store, '2026-03-10')).toMatchObject({ sent: 3, skipped: 0 });
    expect(mailer.sent).toHaveLength(6);
  });

  it('treats addresses case-insensitively when deciding what was sent', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    sendDigests([digest('Maria@Clinic.example')], mailer, store, '2026-03-09');
    sendDigests([digest('maria@clinic.example')], mailer, store, '2026-03-09');
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends what the quota allows, records the rest, and completes them first on the next run', () => {
    const store = new InMemoryStore();
    const short = new RecordingMailer(2);
    expect(sendDigests(three, short, store, '2026-03-09')).toMatchObject({ sent: 2, pending: 1 });
    expect(loadLedger(store, '2026-03-09').pending).toEqual(['c@clinic.example']);

    const refilled = new RecordingMailer(1);
    expect(sendDigests(three, refilled, store, '2026-03-09')).toMatchObject({ sent: 1, skipped: 2, pending: 0 });
    expect(refilled.sent.map((m) => m.to)).toEqual(['c@clinic.example']);
  });

  it('puts addresses owed from yesterday first when the quota is short again', () => {
    const store = new InMemoryStore();
    sendDigests(three, new RecordingMailer(1), store, '2026-03-09');
    const next = new RecordingMailer(2);
    sendDigests(three, next, store, '2026-03-10');
    expect(next.sent.map((m) => m.to)).toEqual(['b@clinic.example', 'c@clinic.example']);
  });

  it('records a failed send as owed and reports the error, and goes on with the others', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    const send = mailer.send.bind(mailer);
    mailer.send = (mail) => {
      if (mail.to.startsWith('b')) throw new Error('Invalid email: b');
      send(mail);
    };
    const outcome = sendDigests(three, mailer, store, '2026-03-09');
    expect(outcome).toMatchObject({ sent: 2, pending: 1, errors: ['b@clinic.example: Invalid email: b'] });
  });

  it('starts afresh when the stored ledger is unreadable', () => {
    const store = new InMemoryStore();
    store.set('sca.digestLedger', '{not json');
    expect(sendDigests(three, new RecordingMailer(), store, '2026-03-09').sent).toBe(3);
  });

  it('records each address before sending, so a store that fails sends nothing rather than risk a second copy', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    store.set = () => {
      throw new Error('You have exceeded the property storage quota.');
    };
    expect(() => sendDigests(three, mailer, store, '2026-03-09')).toThrow('property storage quota');
    expect(mailer.sent).toHaveLength(0);
  });
});
