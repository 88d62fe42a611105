/** The import dialog: 1 Source → 2 Columns (mapping) → 3 Preview → 4 Done. One page, one state. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ImportChoiceDto, ImportPreviewDto, ImportRequestDto, ImportSourceDto, ImportSourcesDto, ImportSummaryDto } from '../../src/dto/import';
import { parseCsv } from './csv';
import { importServer } from './import-server';
import { MappingTable } from './mapping-table';
import { PreviewTable } from './preview-table';
import { SourceStep } from './source-step';

type Step = 'source' | 'mapping' | 'preview' | 'importing' | 'done';
const STEPS: ReadonlyArray<readonly [Step, string]> = [
  ['source', '1 Source'],
  ['mapping', '2 Columns'],
  ['preview', '3 Preview'],
  ['done', '4 Import'],
];

function App() {
  const [step, setStep] = useState<Step>('source');
  const [sources, setSources] = useState<ImportSourcesDto | null>(null);
  const [source, setSource] = useState<ImportSourceDto | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [choices, setChoices] = useState<ImportChoiceDto[]>([]);
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  const [summary, setSummary] = useState<ImportSummaryDto | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    importServer.sources().then(setSources, (e: Error) => setError(e.message));
  }, []);

  const request = (src: ImportSourceDto, chosen: ImportChoiceDto[], header: number | undefined): ImportRequestDto => ({
    source: src,
    ...(header === undefined ? {} : { headerRow: header }),
    ...(chosen.length > 0 ? { choices: chosen } : {}),
  });

  async function loadPreview(src: ImportSourceDto, chosen: ImportChoiceDto[], next: Step, header = headerRow): Promise<void> {
    setBusy(true);
    setError('');
    try {
      const result = await importServer.preview(request(src, chosen, header));
      if (!result.ok) setError(result.message);
      else {
        setPreview(result);
        setStep(next);
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function chooseSource(kind: 'sheet' | 'csv', value: string): void {
    let src: ImportSourceDto;
    if (kind === 'csv') {
      const parsed = parseCsv(value);
      if (parsed.error) return setError(`The pasted text could not be read: ${parsed.error}`);
      src = { kind: 'csv', rows: parsed.rows };
    } else src = { kind: 'sheet', name: value };
    setSource(src);
    setChoices([]);
    setHeaderRow(undefined);
    void loadPreview(src, [], 'mapping', undefined);
  }

  function changeTarget(column: number, target: string | null): void {
    const next = [...choices.filter((c) => c.column !== column), { column, target }];
    setChoices(next);
    if (source) void loadPreview(source, next, 'mapping');
  }

  /** Another header row: the columns change, so earlier column choices no longer apply. */
  function changeHeaderRow(index: number): void {
    setHeaderRow(index);
    setChoices([]);
    if (source) void loadPreview(source, [], 'mapping', index);
  }

  async function runImport(): Promise<void> {
    if (!source) return;
    setStep('importing');
    setError('');
    try {
      const result = await importServer.run(request(source, choices, headerRow));
      if (!result.ok) {
        setError(result.message);
        setStep('preview');
      } else {
        setSummary(result);
        setStep('done');
      }
    } catch (e) {
      setError((e as Error).message);
      setStep('preview');
    }
  }

  const current = step === 'importing' ? 'done' : step;
  return (
    <div>
      <ol class="steps">
        {STEPS.map(([key, label]) => (
          <li key={key} class={key === current ? 'current' : ''}>
            {label}
          </li>
        ))}
      </ol>
      {error && <p class="error" role="alert">{error}</p>}
      {step === 'source' && <SourceStep sources={sources} busy={busy} onChoose={chooseSource} />}
      {step === 'mapping' && preview && (
        <div>
          <h2>How your columns map to the tracker</h2>
          <p class="secondary">
            Reading {preview.sourceLabel}: headers on row{' '}
            <select aria-label="Header row" disabled={busy} value={String(preview.headerRow)} onChange={(e) => changeHeaderRow(Number((e.target as HTMLSelectElement).value))}>
              {Array.from({ length: 10 }, (_, i) => (
                <option key={i} value={String(i)}>
                  {i + 1}
                </option>
              ))}
            </select>
            , {preview.counts.dataRows} rows of cases. Change any column's place; a column left on Notes keeps its values in each case's Notes as “Header: value”.
          </p>
          <MappingTable preview={preview} busy={busy} onChange={changeTarget} />
          <div class="bar">
            <button onClick={() => setStep('source')}>Back</button>
            <span class="grow" />
            <button class="action" disabled={busy} onClick={() => setStep('preview')}>
              Preview
            </button>
          </div>
        </div>
      )}
      {step === 'preview' && preview && (
        <div>
          <h2>Preview: the first rows as they would land</h2>
          <PreviewTable preview={preview} />
          <div class="bar">
            <button onClick={() => setStep('mapping')}>Back</button>
            <span class="grow" />
            <button class="create" disabled={preview.counts.dataRows === preview.counts.alreadyImported} onClick={() => void runImport()}>
              Import {preview.counts.dataRows - preview.counts.alreadyImported} rows
            </button>
          </div>
        </div>
      )}
      {step === 'importing' && preview && (
        <div>
          <h2>Importing {preview.counts.dataRows - preview.counts.alreadyImported} rows…</h2>
          <div class="progress">
            <span />
          </div>
          <p class="secondary">Rows are written in batches of 1,000; Sheets shows each batch as it lands. Keep this dialog open.</p>
        </div>
      )}
      {step === 'done' && summary && (
        <div>
          <h2>{summary.imported > 0 ? 'Imported' : 'Nothing new to import'}</h2>
          <p class={summary.imported > 0 ? 'summary' : 'summary nothing'} data-testid="summary">
            {summary.message}
          </p>
          <div class="bar">
            <span class="grow" />
            <button class="action" onClick={() => importServer.close()}>
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
