/**
 * The case picker, when the selection is not a case: search by Case ID, payer or owner, filter by status,
 * pick one (the sheet then selects its row, so following the selection stays on it).
 */
import { useEffect, useState } from 'preact/hooks';
import type { CaseSearchHitDto } from '../../src/dto/case-search';
import { failureText, serverCall } from '../server';
import { useCaseActions } from '../state/case-actions';
import { useVocabulary } from '../state/vocabulary';
import { SelectField, TextField } from '../ui/fields';

interface Results {
  readonly cases: readonly CaseSearchHitDto[];
  readonly total: number;
}

export function CasePicker(props: { message: string }) {
  const actions = useCaseActions();
  const vocabulary = useVocabulary();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function search(): Promise<void> {
    setBusy(true);
    setError('');
    try {
      const result = await serverCall('searchCases', { text: text.trim(), status });
      if (result.ok) setResults(result);
      else setError(result.message);
    } catch (e) {
      setError(failureText(e));
    } finally {
      setBusy(false);
    }
  }

  // The open cases are listed at once; typing narrows them on Search (or Enter).
  useEffect(() => void search(), []);

  return (
    <div class="picker">
      {props.message ? <div class="block secondary picker-message">{props.message}</div> : null}
      <form
        class="block"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <TextField label="Case ID, payer or owner" value={text} onInput={setText} placeholder="SCA-0001, payer, owner@…" />
        <SelectField label="Status" value={status} onInput={setStatus} options={vocabulary.statuses} blank="Any status" />
        <button type="submit" class="action" disabled={busy}>
          {busy ? 'Searching…' : 'Search'}
        </button>
      </form>
      {error ? <div class="error block" role="alert">{error}</div> : null}
      {results ? (
        <div class="block">
          <div class="section-title">
            {results.total === results.cases.length ? `${results.total} cases` : `${results.cases.length} of ${results.total} cases`}
          </div>
          <ul class="picker-results">
            {results.cases.map((hit) => (
              <li key={hit.caseId}>
                <button type="button" class="picker-hit" onClick={() => void actions.openCase(hit.caseId)}>
                  <span class="picker-id">{hit.caseId}</span>
                  <span class="picker-status">{hit.status}</span>
                  <span class="picker-meta secondary">{[hit.payer, hit.owner].filter(Boolean).join(' · ')}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
