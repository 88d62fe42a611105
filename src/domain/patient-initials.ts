import { safeText } from './safe-values';

/**
 * Initials for the digest when Settings allows them: first letter of the first and last word,
 * upper-cased, dotted ('jane q doe' → 'J.D.'; 'JD' or 'J.D.' → 'J.D.'). A cell holding a digit is an
 * internal patient ID — an identifier, not initials — so it yields '' (nothing is shown).
 * @example patientInitials('Jane Doe') // 'J.D.'
 */
export function patientInitials(patient: string): string {
  const text = safeText(patient);
  if (!text || /\d/.test(text)) return '';
  const words = text.split(/[\s.,]+/).filter((w) => /\p{L}/u.test(w));
  const first = words[0];
  if (first === undefined) return '';
  let letters: string[];
  if (words.length === 1) {
    // A single short all-capitals word is already initials ('JD'); otherwise one word gives one letter.
    const isInitials = first.length <= 3 && first === first.toUpperCase();
    letters = isInitials ? Array.from(first).filter((ch) => /\p{L}/u.test(ch)) : [firstLetter(first)];
  } else {
    letters = [firstLetter(first), firstLetter(words[words.length - 1] ?? '')];
  }
  return letters
    .filter((l) => l !== '')
    .map((l) => `${l.toUpperCase()}.`)
    .join('');
}

function firstLetter(word: string): string {
  return Array.from(word).find((ch) => /\p{L}/u.test(ch)) ?? '';
}
