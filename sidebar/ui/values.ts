/** Form strings to payload values: '' is null, numbers as typed. */
export const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));
export const dateOrNull = (text: string): string | null => (text === '' ? null : text);
export const textOf = (value: number | string | null): string => (value === null ? '' : String(value));

/** Only web links are made clickable: a `javascript:` or other scheme typed into a cell stays text. */
export function safeHref(link: string | null): string | null {
  return link && /^https?:\/\//i.test(link.trim()) ? link.trim() : null;
}
