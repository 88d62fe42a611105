/** zod/mini configured once with English messages; import `z` from here, never from 'zod/mini' directly. */
import * as z from 'zod/mini';

z.config(z.locales.en());

export { z };

/** Email shape used for Owner cells and alert recipients (zod's practical email pattern). */
export const EMAIL_SCHEMA = z.string().check(z.trim(), z.regex(z.regexes.email), z.toLowerCase());
