import { FOOTER, type DigestContent } from './digest-content';

/** Plain-text body of a digest. */
export function digestText(content: DigestContent): string {
  const out: string[] = [content.title, content.summary];
  for (const group of content.groups) {
    out.push('', group.heading);
    for (const line of group.lines) {
      const parts = [line.label, line.message];
      if (line.due) parts.push(`due ${line.due}`);
      if (line.owner) parts.push(`owner ${line.owner}`);
      out.push(`- ${parts.join(' — ')}`);
      if (line.link) out.push(`  ${line.link}`);
    }
  }
  if (content.more) out.push('', content.more);
  out.push('', FOOTER);
  return out.join('\n');
}
