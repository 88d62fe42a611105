/**
 * A packet document's link: a Google Docs or Drive https URL. Only the shape is checked (no fetch, and
 * Apps Script has no URL class): https, a docs/drive host on the google.com domain, a path.
 */
const DOCUMENT_LINK = /^https:\/\/(docs|drive)\.google\.com\/[^\s<>"']+$/;

/**
 * Null when `link` is an acceptable document link, else a sentence for the coordinator.
 * @example documentLinkProblem('https://docs.google.com/document/d/abc/edit') // null
 * @example documentLinkProblem('http://example.com/x') // 'Paste a link that starts with https://docs.google.com/ or https://drive.google.com/.'
 */
export function documentLinkProblem(link: string): string | null {
  const text = link.trim();
  if (text === '') return null;
  if (text.length > 2000) return 'That link is too long; paste the document’s share link.';
  return DOCUMENT_LINK.test(text) ? null : 'Paste a link that starts with https://docs.google.com/ or https://drive.google.com/.';
}
