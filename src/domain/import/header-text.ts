/**
 * Header text as clinics write it, normalised for matching: 'Auth #', 'AUTH NO.' and 'auth number' are
 * the same header; similarity is the Dice coefficient of character bigrams (0…1), which forgives
 * plurals, typos and extra words ('Exp. date' ~ 'exp date', 'Units Authorised' ~ 'units authorized').
 */

/**
 * Lower case, '&' → 'and', 'no.' / 'number' / 'num' → '#', apostrophes dropped, other punctuation → space.
 * @example normaliseImportHeader("Auth No.") // 'auth #'
 * @example normaliseImportHeader('Rec\'d  (date)') // 'recd date'
 */
export function normaliseImportHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/\b(no\.|nbr|number|num)(?=\s|$)/g, '#')
    .replace(/#/g, ' # ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const s = ` ${text} `;
  const grams = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/**
 * Dice similarity of two normalised headers: 1 when equal, 0 when they share no bigram.
 * @example headerSimilarity('units authorised', 'units authorized') // ≈ 0.9
 */
export function headerSimilarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
