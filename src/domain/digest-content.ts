import type { Severity } from './alert';

/** One line of a digest, already free of patient data. Rendered by digest-text and digest-html. */
export interface DigestLine {
  readonly severity: Severity;
  /** Case ID, plus patient initials when Settings allows them: 'SCA-0001 (J.D.)'. */
  readonly label: string;
  readonly message: string;
  /** Due date for people ('Mon 9 Mar 2026'), '' when none. */
  readonly due: string;
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

/** Why the email is terse: minimum necessary. */
export const FOOTER = 'This email lists case IDs only, by design. Open the tracker for the details.';
