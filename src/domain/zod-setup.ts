/**
 * zod/mini configured once with English messages. Import the side effect (`import './zod-setup'`) next to
 * `import * as z from 'zod/mini'` in each schema file. Never re-export the `z` namespace: esbuild then
 * keeps the whole namespace (every locale, JSON schema) in the Apps Script bundle — measured 528 KB vs ~100 KB.
 */
import * as z from 'zod/mini';
// The English locale alone: `z.locales.en()` would pull every locale into the bundle too.
import { en } from 'zod/locales';
import { EMAIL_PATTERN } from './email-address';

z.config(en());

/** Alert recipients: the add-on's one address pattern (email-address.ts), lower-cased. */
export const EMAIL_SCHEMA = z.string().check(z.trim(), z.regex(EMAIL_PATTERN), z.toLowerCase());
