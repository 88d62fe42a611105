/** What a menu action says when it fails part-way, through the built bundle. */
import { activeCase, day, tracker } from './daily-check/daily-fixture';

const STORE_LIMIT = 500 * 1024;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('menuAction', () => {
  it('does not claim "nothing was changed" when the action wrote Case IDs before it failed', () => {
    const t = tracker([
      activeCase({ caseId: 'SCA-0001', nextFollowUp: day('2026-03-09') }),
      activeCase({ caseId: '', patient: 'Typed by hand', nextFollowUp: day('2026-03-09') }),
    ]);
    // Leave the document store just enough room for the Case ID counter (~40 bytes), not for the digest ledger's
    // per-address entry written later.
    const store = t.env.properties.document;
    const used = Object.entries(store).reduce((n, [k, v]) => n + bytes(k) + bytes(String(v)), 0);
    let free = STORE_LIMIT - used - 40;
    for (let i = 0; free > 0; i += 1) {
      const key = `clinic-note-${i}`;
      const value = 'x'.repeat(Math.min(9000, free - bytes(key)));
      store[key] = value;
      free -= bytes(key) + bytes(value);
    }
    const handTyped = () => t.env.readSheet('Cases').find((r) => r.includes('Typed by hand')) ?? [];
    expect(handTyped()).not.toContain('SCA-0002');
    const said = t.check();
    expect(said).toMatch(/property storage quota/);
    expect(handTyped()).toContain('SCA-0002'); // written before the failure, and kept
    expect(said).not.toMatch(/nothing (more )?was changed/i);
    expect(said).toMatch(/Case IDs given to new rows\) is kept/);
  });
});
