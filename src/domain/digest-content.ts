import type { Severity } from './alert';

/** One line of a digest, already free of patient data. Rendered by digest-text and digest-html. */
export interface DigestLine {
  readonly severity: Severity;
  /** Case ID, plus patient initials when Settings allows them: 'SCA-0001 (J.D.)'. */
  readonly label: string;
  /** The payer as named in Plan rules; 'payer not in Plan rules' for any other text; '' when blank. */
  readonly payer: string;
  readonly message: string;
  /** What to do about it (fixed text per alert kind). */
  readonly action: string;
  /** By when, for people: 'today', 'today (was due Mon 2 Mar 2026)', 'Mon 9 Mar 2026', or '' when no date applies. */
  readonly due: string;
  /** The case's owner; '' in the owner's own digest (no need to tell people their own name). */
  readonly owner: string;
  readonly link: string;
}

/** Digest content shared by the text and HTML renderers. */
export interface DigestContent {
  readonly title: string;
  readonly summary: string;
  /** Heading includes the count: 'Urgent (3)'. A group whose lines were all cut off has none. */
  readonly groups: ReadonlyArray<{ readonly severity: Severity; readonly heading: string; readonly lines: readonly DigestLine[] }>;
  /** Note on alerts past the line limit, '' when all are listed. */
  readonly more: string;
}

/** Section headings, most urgent first. */
export const DIGEST_HEADINGS: Readonly<Record<Severity, string>> = {
  urgent: 'Urgent',
  warning: 'Needs attention',
  info: 'For information',
};

/** Shown instead of a payer that matches no row of Plan rules: the digest carries no free typed text. */
export const UNKNOWN_PAYER = 'payer not in Plan rules';

/** Why the email is terse: minimum necessary. */
export const FOOTER = 'This email lists case IDs only, by design. Open the tracker for the details.';
