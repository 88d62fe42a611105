/**
 * Re-import identity: each imported source row is remembered by a fingerprint of its values (a hash of
 * the cells' text, in order, plus which occurrence of that exact row it is), stored with the Case ID it
 * became. Importing the same source again finds every fingerprint and adds nothing; a row edited in the
 * source since is a new row. The fingerprint is a hash, not the values: nothing of the row is stored.
 */
import { hash53 } from '../cyrb53';
import { cellText } from './cell-text';

/**
 * Fingerprints of rows, in order: identical rows get '…#2', '…#3' so a source with two identical rows
 * imports both, and a re-import matches both. Trailing blank cells do not count.
 * @example rowFingerprints([['a', 1], ['a', 1]], 'UTC') // ['<h>', '<h>#2']
 */
export function rowFingerprints(rows: readonly (readonly unknown[])[], timeZone: string): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const texts = row.map((c) => cellText(c, timeZone));
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
    const h = hash53(texts.join('\u001f'));
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h}#${n}`;
  });
}
