import type { Digest } from '../../../src/domain/digest';
import type { RecipientPolicy } from '../../../src/domain/mail-recipients';
import { DigestLedger } from '../../../src/app/daily-check/digest-ledger';
import { sendDigests } from '../../../src/app/daily-check/send-digests';
import { InMemoryStore } from '../../fakes/in-memory-store';
import { RecordingMailer } from '../../fakes/recording-mailer';

const digest = (to: string): Digest => ({ to, subject: `s ${to}`, text: 't', html: '<p>t</p>', caseCount: 1, alertCount: 1 });
const three = [digest('a@clinic.example'), digest('b@clinic.example'), digest('c@clinic.example')];
const CLINIC: RecipientPolicy = { sender: 'coordinator@clinic.example', confirmed: [] };
const send = (digests: readonly Digest[], mailer: RecordingMailer, store: InMemoryStore, today: string, policy = CLINIC) =>
  sendDigests(digests, mailer, store, today, policy);
const many = (n: number, day = ''): Digest[] => Array.from({ length: n }, (_, i) => digest(`owner${day}${String(i).padStart(4, '0')}@clinic.example`));

describe('sendDigests', () => {
  it('sends one digest per address and records them for the day', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    const outcome = send(three, mailer, store, '2026-03-09');
    expect(outcome).toEqual({ sent: 3, skipped: 0, pending: 0, errors: [] });
    expect(mailer.sent.map((m) => m.to)).toEqual(['a@clinic.example', 'b@clinic.example', 'c@clinic.example']);
  });

  it('sends nothing new on a second run the same day, and again the next day', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    send(three, mailer, store, '2026-03-09');
    expect(send(three, mailer, store, '2026-03-09')).toMatchObject({ sent: 0, skipped: 3 });
    expect(send(three, mailer, store, '2026-03-10')).toMatchObject({ sent: 3, skipped: 0 });
    expect(mailer.sent).toHaveLength(6);
  });

  it('treats addresses case-insensitively when deciding what was sent', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    send([digest('Maria@Clinic.example')], mailer, store, '2026-03-09');
    send([digest('maria@clinic.example')], mailer, store, '2026-03-09');
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends what the quota allows, records the rest, and completes them first on the next run', () => {
    const store = new InMemoryStore();
    const short = new RecordingMailer(2);
    expect(send(three, short, store, '2026-03-09')).toMatchObject({ sent: 2, pending: 1 });
    expect(DigestLedger.load(store, '2026-03-09').isOwed('c@clinic.example')).toBe(true);

    const refilled = new RecordingMailer(1);
    expect(send(three, refilled, store, '2026-03-09')).toMatchObject({ sent: 1, skipped: 2, pending: 0 });
    expect(refilled.sent.map((m) => m.to)).toEqual(['c@clinic.example']);
  });

  it('puts addresses owed from yesterday first when the quota is short again', () => {
    const store = new InMemoryStore();
    send(three, new RecordingMailer(1), store, '2026-03-09');
    const next = new RecordingMailer(2);
    send(three, next, store, '2026-03-10');
    expect(next.sent.map((m) => m.to)).toEqual(['b@clinic.example', 'c@clinic.example']);
  });

  it('records a failed send as owed and reports the error, and goes on with the others', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    const real = mailer.send.bind(mailer);
    mailer.send = (mail) => {
      if (mail.to.startsWith('b')) throw new Error('Invalid email: b');
      real(mail);
    };
    const outcome = send(three, mailer, store, '2026-03-09');
    expect(outcome).toMatchObject({ sent: 2, pending: 1, errors: ['b@clinic.example: Invalid email: b'] });
  });

  it('records each address before sending, so a store that fails sends nothing and says how far it got', () => {
    const store = new InMemoryStore();
    const mailer = new RecordingMailer();
    store.set = () => {
      throw new Error('You have exceeded the property storage quota.');
    };
    expect(() => send(three, mailer, store, '2026-03-09')).toThrow(
      /Digests stopped after 0 of 3 were sent: .*property storage quota.*The rest were not sent/,
    );
    expect(mailer.sent).toHaveLength(0);
  });

  describe('recipients outside the allowed domains', () => {
    const outside = [...three, digest('x@partner.example'), digest('y@elsewhere.example')];

    it('does not mail them, and names each with the reason', () => {
      const mailer = new RecordingMailer();
      const outcome = send(outside, mailer, new InMemoryStore(), '2026-03-09');
      expect(mailer.sent.map((m) => m.to)).toEqual(['a@clinic.example', 'b@clinic.example', 'c@clinic.example']);
      expect(outcome.errors).toEqual([
        expect.stringMatching(/^x@partner\.example is not mailed: partner\.example is not one of the domains digests may go to \(clinic\.example\)/),
        expect.stringMatching(/^y@elsewhere\.example is not mailed/),
      ]);
    });

    it('mails a domain the sending account confirmed, and only that one', () => {
      const mailer = new RecordingMailer();
      send(outside, mailer, new InMemoryStore(), '2026-03-09', { ...CLINIC, confirmed: ['partner.example'] });
      expect(mailer.sent.map((m) => m.to)).toContain('x@partner.example');
      expect(mailer.sent.map((m) => m.to)).not.toContain('y@elsewhere.example');
    });

    it('mails nobody when the sending account is unknown', () => {
      const mailer = new RecordingMailer();
      const outcome = send(three, mailer, new InMemoryStore(), '2026-03-09', { sender: '', confirmed: [] });
      expect(mailer.sent).toHaveLength(0);
      expect(outcome.errors[0]).toMatch(/the account that sends the digests is unknown/);
    });
  });

  describe('the ledger at scale', () => {
    it('records 1,000 recipients with no value near 9 KB and the store far under 500 KB', () => {
      const store = new InMemoryStore();
      const mailer = new RecordingMailer(1500);
      expect(send(many(1000), mailer, store, '2026-03-09')).toMatchObject({ sent: 1000, errors: [] });
      expect(Math.max(...[...store.values.values()].map((v) => v.length))).toBeLessThan(100);
      expect(store.bytes()).toBeLessThan(60 * 1024);
      expect(send(many(1000), mailer, store, '2026-03-09')).toMatchObject({ sent: 0, skipped: 1000 });
    });

    it('prunes what nobody needs: ten days of 1,000 different recipients a day stay the size of one day', () => {
      const store = new InMemoryStore();
      let sizes: number[] = [];
      for (let d = 1; d <= 10; d += 1) {
        const today = `2026-04-${String(d).padStart(2, '0')}`;
        send(many(1000, `d${d}-`), new RecordingMailer(1500), store, today);
        sizes = [...sizes, store.bytes()];
      }
      expect(Math.max(...sizes)).toBeLessThan(2 * (sizes[0] ?? 0) + 1);
      expect(store.values.size).toBeLessThanOrEqual(2000);
    });

    it('keeps the fair rotation under a short quota: owed addresses go first the next day', () => {
      const store = new InMemoryStore();
      const first = new RecordingMailer(400);
      send(many(1000), first, store, '2026-03-09');
      const second = new RecordingMailer(600);
      send(many(1000), second, store, '2026-03-10');
      const firstSet = new Set(first.sent.map((m) => m.to));
      expect(second.sent.every((m) => !firstSet.has(m.to))).toBe(true);
      expect(new Set([...first.sent, ...second.sent].map((m) => m.to)).size).toBe(1000);
    });

    it('carries over the old single-property ledger once, so an upgrade sends no second copy', () => {
      const store = new InMemoryStore();
      store.set('sca.digestLedger', JSON.stringify({ date: '2026-03-09', sent: ['a@clinic.example'], pending: ['c@clinic.example'] }));
      const mailer = new RecordingMailer(1);
      expect(send(three, mailer, store, '2026-03-09')).toMatchObject({ sent: 1, skipped: 1, pending: 1 });
      expect(mailer.sent.map((m) => m.to)).toEqual(['c@clinic.example']);
      expect(store.get('sca.digestLedger')).toBeNull();
    });

    it('starts afresh when the old ledger is unreadable', () => {
      const store = new InMemoryStore();
      store.set('sca.digestLedger', '{not json');
      expect(send(three, new RecordingMailer(), store, '2026-03-09').sent).toBe(3);
    });
  });
});
