/**
 * The written agreement's lines (one per code: units per total / week / month, rate, dates), edited as a
 * small list and saved together with saveTermsLines. Lines changed in the sheet meanwhile refuse the save
 * ('terms-changed'): the list is reloaded and says so.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CaseStateDto } from '../../src/dto/case-state';
import type { TermsLineDto } from '../../src/dto/visits';
import { useCaseActions } from '../state/case-actions';
import { useReportDirty } from '../state/dirty-forms';
import type { TermsLinesState } from '../state/use-terms-lines';
import { failureText, serverCall } from '../server';
import { DateField, NumberField, SelectField, TextField } from '../ui/fields';
import { SaveForm } from '../ui/save-form';
import { numberOrNull, textOf } from '../ui/values';

type LineForm = Record<'code' | 'modifier' | 'units' | 'per' | 'rate' | 'start' | 'end' | 'note', string>;

// Blank is total (as on the sheet), so the select lists only the periods that repeat.
const PERIODS = ['week', 'month'];

const formOf = (l: TermsLineDto): LineForm => ({ code: l.code, modifier: l.modifier, units: String(l.units), per: l.per === 'total' ? '' : l.per, rate: textOf(l.rate), start: l.start, end: l.end, note: l.note });

/** "lines.1.code: …" → "Line 2, code: …" */
function problemText(message: string): string {
  return message.replace(/^lines\.(\d+)\.(\w+):/, (_m, i: string, field: string) => `Line ${Number(i) + 1}, ${field}:`);
}

export function TermsLinesEditor(props: { state: CaseStateDto; terms: TermsLinesState }) {
  const { state, terms } = props;
  const actions = useCaseActions();
  const saved = terms.data?.lines.map(formOf) ?? [];
  const [edited, setEdited] = useState<LineForm[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  useReportDirty(`terms-lines:${state.caseId}`, edited !== null);
  useEffect(() => setEdited(null), [state.caseId]);
  const lines = edited ?? saved;
  const change = (i: number, field: keyof LineForm) => (value: string) => setEdited(lines.map((l, j) => (j === i ? { ...l, [field]: value } : l)));
  const blank = (): LineForm => ({ code: '', modifier: '', units: '', per: 'month', rate: '', start: state.fields.startDate ?? state.today, end: state.fields.endDate ?? '', note: '' });

  async function save(): Promise<boolean> {
    if (!terms.data) return false;
    setBusy(true);
    setMessage(null);
    try {
      const payload = lines.map((l) => ({ code: l.code.trim(), modifier: l.modifier.trim(), units: numberOrNull(l.units) ?? Number.NaN, per: (l.per || 'total') as TermsLineDto['per'], rate: numberOrNull(l.rate), start: l.start, end: l.end, note: l.note }));
      const result = await serverCall('saveTermsLines', { caseId: state.caseId, basis: terms.data.basis, lines: payload });
      if (result.ok) {
        terms.show(result);
        setEdited(null);
        setMessage({ tone: 'info', text: `Saved ${result.lines.length} line${result.lines.length === 1 ? '' : 's'}; the case's codes, units, rate and dates follow them.` });
        await actions.reloadCase();
        return true;
      } else if (result.reason === 'terms-changed') {
        await terms.reload();
        setEdited(null);
        setMessage({ tone: 'error', text: 'The Terms lines changed in the sheet since they were opened, so nothing was saved. They are reloaded: check them and save again.' });
      } else setMessage({ tone: 'error', text: problemText(result.message) });
    } catch (e) {
      setMessage({ tone: 'error', text: failureText(e) });
    } finally {
      setBusy(false);
    }
    return false;
  }

  return (
    <SaveForm className="subform terms-lines" label="Terms lines" save={save} onSaved={() => undefined}>
      <h3>Agreement lines</h3>
      {terms.error ? <div class="error">{terms.error}</div> : null}
      {!terms.data && !terms.error ? (
        <button type="button" class="link-button" onClick={() => void terms.reload()}>
          Show the agreement lines
        </button>
      ) : null}
      {terms.data && lines.length === 0 ? <div class="secondary">No lines yet: add one per code of the written agreement.</div> : null}
      {lines.map((l, i) => (
        <fieldset key={i} class="terms-line" aria-label={`Line ${i + 1}`}>
          <div class="terms-line-head">
            <strong>Line {i + 1}</strong>
            <button type="button" class="link-button" onClick={() => setEdited(lines.filter((_l, j) => j !== i))} aria-label={`Remove line ${i + 1}`}>
              Remove
            </button>
          </div>
          <div class="row-2">
            <TextField label="Code" value={l.code} onInput={change(i, 'code')} placeholder="97153" required />
            <TextField label="Modifier" value={l.modifier} onInput={change(i, 'modifier')} />
          </div>
          <div class="row-2">
            <NumberField label="Units approved" value={l.units} onInput={change(i, 'units')} required />
            <SelectField label="Per" value={l.per} onInput={change(i, 'per')} options={PERIODS} blank="total" />
          </div>
          <div class="row-2">
            <NumberField label="Rate ($)" value={l.rate} onInput={change(i, 'rate')} step="0.01" />
            <TextField label="Note" value={l.note} onInput={change(i, 'note')} />
          </div>
          <div class="row-2">
            <DateField label="Start" value={l.start} onInput={change(i, 'start')} required />
            <DateField label="End" value={l.end} onInput={change(i, 'end')} required />
          </div>
        </fieldset>
      ))}
      {message ? (
        <div class={message.tone === 'error' ? 'form-error' : 'saved-line ok-text'} role={message.tone === 'error' ? 'alert' : 'status'}>
          <span class={message.tone === 'error' ? 'error' : ''}>{message.text}</span>
        </div>
      ) : null}
      <div class="button-row">
        <button type="button" onClick={() => setEdited([...lines, blank()])} disabled={!terms.data}>
          Add line
        </button>
        <button type="submit" class="action" disabled={busy || !terms.data || edited === null}>
          {busy ? 'Saving…' : 'Save lines'}
        </button>
        {edited !== null ? (
          <button type="button" class="link-button" onClick={() => setEdited(null)}>
            Undo changes
          </button>
        ) : null}
      </div>
    </SaveForm>
  );
}
