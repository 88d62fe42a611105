/**
 * A document's link (a packet document, the written agreement): the clinic keeps documents in Drive or its
 * EHR and the sheet only points there. Only the shape is checked (no fetch, and Apps Script has no URL
 * class), and no host is named: an https URL with a host name and a path, nothing that could be a script
 * (`javascript:`), a plain-http page, credentials before the host, spaces or markup characters.
 */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const DOCUMENT_LINK = new RegExp(`^https://${LABEL}(?:\\.${LABEL})+(?::\\d{1,5})?/[^\\s<>"'\`\\\\]+$`);

/** What the coordinator is told when a link does not fit. */
export const DOCUMENT_LINK_HINT = 'Paste a link to the document in Drive: https://, then its address.';

/**
 * Null when `link` is an acceptable document link, else a sentence for the coordinator.
 * @example documentLinkProblem('https://drive.clinic.example/file/d/abc/view') // null
 * @example documentLinkProblem('http://files.example/x') // DOCUMENT_LINK_HINT
 */
export function documentLinkProblem(link: string): string | null {
  const text = link.trim();
  if (text === '') return null;
  if (text.length > 2000) return 'That link is too long; paste the document’s share link.';
  return DOCUMENT_LINK.test(text) ? null : DOCUMENT_LINK_HINT;
}
