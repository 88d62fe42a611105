/**
 * A short, stable, non-cryptographic hash of a text: two FNV-1a 32-bit hashes with different offsets, in
 * base 36 (at most 15 characters). Used to key one record per email address without the address in the key.
 * @example textHash("maria@clinic.example").length <= 15 // true
 */
export function textHash(text: string): string {
  return fnv1a(text, 0x811c9dc5).toString(36) + '.' + fnv1a(text, 0x01000193).toString(36);
}

function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
