/**
 * Utilities: formatDate (Java patterns, any IANA zone), formatString, getUuid, base64, newBlob (text only),
 * parseCsv, and sleep — which returns at once: the emulated clock only moves when a test moves it.
 */
import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { counted } from './call-counter';
import { formatDate } from './format-date';
import type { ServiceContext } from './service-context';

function createBlob(ctx: ServiceContext, data: string, contentType: string | null, name: string | null): unknown {
  let blobName = name;
  const raw = {
    getDataAsString: () => data,
    getBytes: () => [...Buffer.from(data, 'utf8')].map((b) => (b > 127 ? b - 256 : b)),
    getContentType: () => contentType,
    getName: () => blobName,
    setName: (n: string) => ((blobName = n), blob),
  };
  const blob = counted(raw, 'Blob', ctx.counter);
  return blob;
}

/** RFC 4180 CSV, as Utilities.parseCsv reads it. */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const toText = (data: unknown): string =>
  typeof data === 'string' ? data : Buffer.from((data as number[]).map((b) => b & 255)).toString('utf8');

export function createUtilities(ctx: ServiceContext): GoogleAppsScript.Utilities.Utilities {
  const raw = {
    Charset: { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' },
    formatDate: (date: Date, timeZone: string, pattern: string) => formatDate(date, timeZone, pattern),
    formatString: (template: string, ...args: unknown[]) => format(template, ...args),
    getUuid: () => randomUUID(),
    sleep: (_ms: number) => undefined,
    base64Encode: (data: unknown) => Buffer.from(toText(data), 'utf8').toString('base64'),
    base64EncodeWebSafe: (data: unknown) => Buffer.from(toText(data), 'utf8').toString('base64url'),
    base64Decode: (s: string) => [...Buffer.from(s, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
    newBlob: (data: unknown, contentType?: string, name?: string) =>
      createBlob(ctx, toText(data ?? ''), contentType ?? null, name ?? null),
    parseCsv: (csv: string, delimiter?: string) => parseCsv(String(csv), delimiter ?? ','),
    computeDigest: () => {
      throw new Error('not implemented in the emulator: Utilities.computeDigest');
    },
  };
  return counted(raw, 'Utilities', ctx.counter) as unknown as GoogleAppsScript.Utilities.Utilities;
}
