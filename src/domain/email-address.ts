import { safeText } from './safe-values';

const EMAIL = /^[^\s@<>(),;:"'[\]\\]+@[^\s@<>(),;:"'[\]\\]+\.[^\s@<>(),;:"'[\]\\]+$/;

/** True for a plain address like 'ana@clinic.org' (no display name, no list). */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** Addresses compare trimmed and case-insensitively. @example addressKey(' Ana@Clinic.org') // 'ana@clinic.org' */
export function addressKey(value: string): string {
  return safeText(value).toLowerCase();
}
