/**
 * zod/mini's messages come from our own English error map (zod-setup.ts), not zod's locale pack: every
 * issue a schema can raise reads as English saying what was expected — never zod's bare "Invalid input"
 * where it knows more.
 */
import * as z from 'zod/mini';
import { EMAIL_SCHEMA } from '../../src/domain/zod-setup';

const messageOf = (schema: z.ZodMiniType, input: unknown): string => {
  const result = z.safeParse(schema, input);
  return result.success ? '(parsed)' : (result.error.issues[0]?.message ?? '(no issue)');
};

describe('zod-setup', () => {
  describe('englishIssue (through z.config)', () => {
    it.each([
      ['a number where text is expected', z.string(), 5, 'Invalid input: expected string, received number'],
      ['nothing where an object is expected', z.object({ a: z.string() }), undefined, 'Invalid input: expected object, received undefined'],
      ['a list where a number is expected', z.number(), [1], 'Invalid input: expected number, received array'],
      ['a missing field', z.object({ a: z.string() }), {}, 'Invalid input: expected string, received undefined'],
      ['a value outside an enum', z.enum(['Yes', 'No']), 'Maybe', 'Invalid option: expected one of Yes, No'],
      ['a value other than a literal', z.literal('on'), 'off', 'Invalid input: expected on'],
      ['text too long', z.string().check(z.maxLength(3)), 'abcd', 'Too big: expected at most 3 characters'],
      ['text too short', z.string().check(z.minLength(2)), 'a', 'Too small: expected at least 2 characters'],
      ['a number too small', z.number().check(z.gte(0)), -1, 'Too small: expected at least 0'],
      ['a number not above the bound', z.number().check(z.gt(0)), 0, 'Too small: expected more than 0'],
      ['text not in the pattern', z.string().check(z.regex(/^x$/)), 'y', 'Invalid text: not in the expected form'],
      ['an unknown key', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'Unrecognized key: b'],
    ])('says what was wrong for %s', (_case, schema, input, message) => {
      expect(messageOf(schema as z.ZodMiniType, input)).toBe(message);
    });
  });

  describe('EMAIL_SCHEMA', () => {
    it('trims and lower-cases an address, and refuses one without a domain', () => {
      expect(z.parse(EMAIL_SCHEMA, '  Maria@Clinic.Example ')).toBe('maria@clinic.example');
      expect(messageOf(EMAIL_SCHEMA, 'maria')).toBe('Invalid text: not in the expected form');
    });
  });
});
