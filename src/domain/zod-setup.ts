/**
 * zod/mini configured once with English messages. Import the side effect (`import './zod-setup'`) next to
 * `import * as z from 'zod/mini'` in each schema file. Never re-export the `z` namespace: esbuild then
 * keeps the whole namespace (every locale, JSON schema) in the Apps Script bundle — measured 528 KB vs ~100 KB.
 *
 * The messages are our own (below), not zod's English locale: that one carries names for formats the add-on
 * never checks (UUID, IBAN, JWT, credit card… ~2.8 KB of the bundle Apps Script parses on every execution).
 * Most schemas give their own message per field; these read for the rest, and never "Invalid input" alone
 * where zod says what it expected.
 */
import * as z from 'zod/mini';
import { EMAIL_PATTERN } from './email-address';

type Issue = z.core.$ZodRawIssue;

/** The type of a value as a message names it: 'array', 'null', 'NaN', or typeof. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** "at most 3 characters" / "at least 1 item" / "at most 10". */
function bound(word: 'at least' | 'at most', limit: number | bigint, origin: string, inclusive: boolean | undefined): string {
  const unit = origin === 'string' ? ' characters' : origin === 'array' || origin === 'set' ? ' items' : '';
  return `${inclusive === false ? (word === 'at least' ? 'more than' : 'less than') : word} ${String(limit)}${unit}`;
}

/** An English message for any zod issue (zod's error map contract: a string). */
export function englishIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeName(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${String(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_big':
      return `Too big: expected ${bound('at most', issue.maximum, issue.origin, issue.inclusive)}`;
    case 'too_small':
      return `Too small: expected ${bound('at least', issue.minimum, issue.origin, issue.inclusive)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'Invalid text: not in the expected form' : `Invalid ${issue.format}`;
    case 'unrecognized_keys':
      return `Unrecognized ${issue.keys.length > 1 ? 'keys' : 'key'}: ${issue.keys.join(', ')}`;
    default:
      return 'Invalid input';
  }
}

z.config({ localeError: englishIssue });

/** Alert recipients: the add-on's one address pattern (email-address.ts), lower-cased. */
export const EMAIL_SCHEMA = z.string().check(z.trim(), z.regex(EMAIL_PATTERN), z.toLowerCase());
