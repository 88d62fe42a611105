import { FOOTER, type DigestContent } from './digest-content';

/** Plain-text body of a digest. */
export function digestText(content: DigestContent): string {
  const out: string[] = [content.title, content.summary];
  for (const group of content.groups) {
    out.push('', group.heading);
    for (const line of group.lines) {
      const head = line.payer ? `${line.label} · ${line.payer}` : line.label;
      out.push(`- ${head} — ${line.message}`);
      const todo = [`  Do: ${line.action}`];
      if (line.due) todo.push(`by ${line.due}`);
      if (line.owner) todo.push(`owner ${line.owner}`);
      out.push(todo.join(' — '));
      if (line.link) out.push(`  ${line.link}`);
    }
  }
  if (content.more) out.push('', content.more);
  out.push('', FOOTER);
  return out.join('\n');
}
