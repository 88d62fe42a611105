import { useEffect, useState } from 'preact/hooks';
import type { ImportSourcesDto } from '../../src/dto/import';

interface Props {
  readonly sources: ImportSourcesDto | null;
  readonly busy: boolean;
  readonly onChoose: (kind: 'sheet' | 'csv', value: string) => void;
}

/** Step 1: a sheet of this spreadsheet (the fullest is suggested), or CSV text pasted in. */
export function SourceStep({ sources, busy, onChoose }: Props) {
  const [kind, setKind] = useState<'sheet' | 'csv'>('sheet');
  const [sheet, setSheet] = useState('');
  const [csv, setCsv] = useState('');
  useEffect(() => {
    if (sources?.suggested && sheet === '') setSheet(sources.suggested);
    if (sources && sources.sheets.length === 0) setKind('csv');
  }, [sources]);
  if (!sources) return <p class="secondary">Looking for sheets to import…</p>;
  return (
    <div>
      <h2>Where is your tracker?</h2>
      <div class="choice">
        <label>
          <input type="radio" name="kind" checked={kind === 'sheet'} disabled={sources.sheets.length === 0} onChange={() => setKind('sheet')} />A sheet of this spreadsheet
        </label>
        <div style="margin: 6px 0 0 22px">
          <select aria-label="Sheet" value={sheet} disabled={kind !== 'sheet'} onChange={(e) => setSheet((e.target as HTMLSelectElement).value)}>
            {sources.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name} — {s.rows} rows, {s.columns} columns
              </option>
            ))}
          </select>
          {sources.sheets.length === 0 && <span class="secondary"> No other sheet holds data.</span>}
        </div>
      </div>
      <div class="choice">
        <label>
          <input type="radio" name="kind" checked={kind === 'csv'} onChange={() => setKind('csv')} />
          CSV text (paste an export of your tracker)
        </label>
        <div style="margin: 6px 0 0 22px">
          <textarea aria-label="CSV text" disabled={kind !== 'csv'} value={csv} placeholder="Patient,Insurance,Auth #,End,Status" onInput={(e) => setCsv((e.target as HTMLTextAreaElement).value)} />
        </div>
      </div>
      <p class="secondary">Nothing is written until you confirm the preview. The source is only read, never changed.</p>
      <div class="bar">
        <span class="grow" />
        <button class="action" disabled={busy || (kind === 'sheet' ? sheet === '' : csv.trim() === '')} onClick={() => onChoose(kind, kind === 'sheet' ? sheet : csv)}>
          {busy ? 'Reading…' : 'Next'}
        </button>
      </div>
    </div>
  );
}
