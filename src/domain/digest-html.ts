import { FOOTER, type DigestContent, type DigestLine } from './digest-content';
import { escapeHtml } from './html-escape';
import type { Severity } from './alert';

const COLOURS: Readonly<Record<Severity, string>> = { urgent: '#b3261e', warning: '#8a5a00', info: '#1a5fb4' };
const CELL = 'padding:6px 10px;border-bottom:1px solid #e0e0e0;text-align:left;vertical-align:top';

/** HTML body of a digest: one inline-styled table per urgency group; every value is escaped. */
export function digestHtml(content: DigestContent): string {
  const out: string[] = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124">',
    `<h2 style="font-size:18px;margin:0 0 8px">${escapeHtml(content.title)}</h2>`,
    `<p style="margin:0 0 16px">${escapeHtml(content.summary)}</p>`,
  ];
  // The Owner column only when some line names another owner (an owner's own digest leaves it out).
  const withOwner = content.groups.some((g) => g.lines.some((l) => l.owner !== ''));
  const headers = ['Case', 'Payer', 'Alert', 'What to do', 'By', ...(withOwner ? ['Owner'] : []), ''];
  for (const group of content.groups) {
    const colour = COLOURS[group.severity];
    out.push(
      `<h3 style="font-size:15px;margin:16px 0 4px;color:${colour}">${escapeHtml(group.heading)}</h3>`,
      '<table style="border-collapse:collapse;width:100%">',
      `<tr>${headers.map((h) => `<th style="${CELL};color:#5f6368">${h}</th>`).join('')}</tr>`,
      ...group.lines.map((line) => rowHtml(line, withOwner)),
      '</table>',
    );
  }
  if (content.more) out.push(`<p style="margin:16px 0 0">${escapeHtml(content.more)}</p>`);
  out.push(`<p style="margin:16px 0 0;font-size:12px;color:#5f6368">${escapeHtml(FOOTER)}</p>`, '</div>');
  return out.join('\n');
}

function rowHtml(line: DigestLine, withOwner: boolean): string {
  const values = [line.label, line.payer, line.message, line.action, line.due, ...(withOwner ? [line.owner] : [])];
  const cells = values.map((v, i) => `<td style="${CELL}${i === 0 ? ';font-weight:bold;white-space:nowrap' : ''}">${escapeHtml(v)}</td>`);
  cells.push(`<td style="${CELL}">${linkHtml(line.link)}</td>`);
  return `<tr>${cells.join('')}</tr>`;
}

/** Only http(s) and in-document ('#…') links become anchors; anything else (javascript:, data:) is dropped. */
function linkHtml(link: string): string {
  if (!/^(https?:\/\/|#)/i.test(link.trim())) return '';
  return `<a href="${escapeHtml(link.trim())}" style="color:#1a5fb4">Open row</a>`;
}
