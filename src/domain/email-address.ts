import { safeText } from './safe-values';

/**
 * The one email address pattern of the add-on (zod's practical pattern): the Owner cell check, the Alert
 * recipients setting and the digest router all use it, so an address that passes one passes all
 * (`o'brien@clinic.example` is valid everywhere). No display name, no list.
 */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** True for a plain address like 'ana@clinic.example'. */
export function isEmailAddress(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

/** The address trimmed and lower-cased, or null when it is not one. @example parseEmailAddress(" O'Brien@Clinic.example ") // "o'brien@clinic.example" */
export function parseEmailAddress(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return EMAIL_PATTERN.test(trimmed) ? trimmed.toLowerCase() : null;
}

/** Addresses compare trimmed and case-insensitively. @example addressKey(' Ana@Clinic.org') // 'ana@clinic.org' */
export function addressKey(value: string): string {
  return safeText(value).toLowerCase();
}

/** The domain of an address, lower-case ('' when there is no '@'). @example emailDomain('Ana@Clinic.Example') // 'clinic.example' */
export function emailDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).trim().toLowerCase();
}
