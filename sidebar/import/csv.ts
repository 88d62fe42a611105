/** CSV text pasted into the dialog, parsed here (papaparse ships only in Import.html, never in Code.js). */
import Papa from 'papaparse';

/** Rows of the pasted text: quoting, embedded newlines and the delimiter (comma, tab, semicolon) handled by papaparse. */
export function parseCsv(text: string): { rows: string[][]; error: string | null } {
  const result = Papa.parse<string[]>(text.trim(), { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  return { rows: result.data, error: fatal ? `Row ${(fatal.row ?? 0) + 1}: ${fatal.message}` : null };
}
