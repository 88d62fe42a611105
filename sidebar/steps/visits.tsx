/**
 * Visits of an approved case: log one (date of service, code, units, note) and see at once how it was
 * checked against the terms — ok, warning, or refused with the reason (a refused visit is kept and listed) —
 * with the units used and left per line, in all and in the current week or month.
 */
import { useState } from 'preact/hooks';
import type { CaseStateDto } from '../../src/dto/case-state';
import type { LineUsageDto, LogVisitResult, TermsLineDto, VisitDto } from '../../src/dto/visits';
import { useCaseActions } from '../state/case-actions';
import { useForm } from '../state/use-form';
import type { TermsLinesState } from '../state/use-terms-lines';
import { failureText, serverCall } from '../server';
import { DateField, NumberField, SelectField, TextField } from '../ui/fields';
import { SaveForm } from '../ui/save-form';

/** The select's entry that opens a field for a code not on a line. */
const OTHER = 'Other code…';

type Outcome = Extract<LogVisitResult, { ok: true }> | { readonly ok: false; readonly message: string };

export function VisitsPanel(props: { state: CaseStateDto; terms: TermsLinesState }) {
  const { state, terms } = props;
  const actions = useCaseActions();
  const lines = terms.data?.lines ?? [];
  const codes = [...new Set(lines.length ? lines.map((l) => l.code) : state.fields.approvedCodes)];
  const form = useForm(`visit:${state.caseId}`, { dateOfService: state.today, code: codes[0] ?? OTHER, otherCode: '', units: '', note: '' });
  const v = form.values;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const code = v.code === OTHER ? v.otherCode.trim() : v.code;

  async function log(): Promise<boolean> {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await serverCall('logVisit', { caseId: state.caseId, dateOfService: v.dateOfService, code, units: Number(v.units), note: v.note });
      setOutcome(result);
      if (result.ok) await Promise.all([terms.reload(), actions.reloadCase()]);
      return result.ok;
    } catch (e) {
      setOutcome({ ok: false, message: failureText(e) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="visits">
      {lines.length > 0 ? <UsageList lines={lines} usage={terms.data?.usage ?? []} /> : <div class="secondary block">No agreement lines: visits are checked against the case's approved codes, units and dates.</div>}
      <SaveForm className="subform" label="Log a visit" save={log} onSaved={() => form.reset()}>
        <h3>Log a visit</h3>
        <div class="row-2">
          <DateField label="Date of service" value={v.dateOfService} onInput={form.field('dateOfService')} required />
          <NumberField label="Units" value={v.units} onInput={form.field('units')} required />
        </div>
        <SelectField label="Code" value={v.code} onInput={form.field('code')} options={[...codes, OTHER]} blank="Choose a code" required />
        {v.code === OTHER ? <TextField label="Other code" value={v.otherCode} onInput={form.field('otherCode')} placeholder="97156" hint="A code not on the agreement's lines: the check will say so." /> : null}
        <TextField label="Note" value={v.note} onInput={form.field('note')} hint="Optional. No clinical details." />
        {outcome ? <VisitOutcomeLine outcome={outcome} /> : null}
        <button type="submit" class="action" disabled={busy || code === '' || v.units.trim() === ''}>
          {busy ? 'Logging…' : 'Log visit'}
        </button>
      </SaveForm>
      <VisitList visits={terms.data?.visits ?? []} />
    </div>
  );
}

/** How the visit just logged was checked, in place. */
function VisitOutcomeLine(props: { outcome: Outcome }) {
  const o = props.outcome;
  if (!o.ok) {
    return (
      <div class="form-error" role="alert">
        <span class="error">Not logged: {o.message}</span>
      </div>
    );
  }
  const text = o.result === 'ok' ? 'Visit logged: within the terms.' : o.result === 'warning' ? 'Visit logged with a warning.' : 'Visit logged but refused: not billable under these terms.';
  return (
    <div class={`visit-outcome visit-${o.result}`} role="status">
      <strong>{text}</strong>
      {o.reason ? <div>{o.reason}</div> : null}
      <div class="secondary">Units used on the case: {o.unitsUsed}</div>
    </div>
  );
}

const PER: Record<TermsLineDto['per'], string> = { total: 'agreement', week: 'week', month: 'month' };

function UsageList(props: { lines: readonly TermsLineDto[]; usage: readonly LineUsageDto[] }) {
  return (
    <ul class="usage-list block">
      {props.lines.map((l, i) => {
        const u = props.usage[i];
        const label = l.modifier ? `${l.code}-${l.modifier}` : l.code;
        return (
          <li key={i} class="usage" data-code={label}>
            <div>
              <strong>{label}</strong> <span class="secondary">{l.units} per {PER[l.per]}</span>
            </div>
            {u?.period ? (
              <div class={u.period.left === 0 ? 'warn-text' : ''}>
                This {PER[l.per]}: {u.period.used} used, {u.period.left} left
              </div>
            ) : (
              <div class="secondary">Not in force today ({l.start} to {l.end})</div>
            )}
            {l.per !== 'total' ? <div class="secondary">{u?.used ?? 0} used in all</div> : null}
          </li>
        );
      })}
    </ul>
  );
}

function VisitList(props: { visits: readonly VisitDto[] }) {
  if (props.visits.length === 0) return null;
  return (
    <div class="block">
      <h3>Latest visits</h3>
      <ul class="log-list visit-list">
        {props.visits.map((v) => (
          <li key={v.rowNumber} class={`log-entry visit-entry visit-${v.result}`}>
            <div>
              <span class={`result-chip chip-${v.result}`}>{v.result}</span> <strong>{v.code}</strong> × {v.units ?? '?'} <span class="secondary">{v.dateOfService ?? 'no date'}</span>
            </div>
            {v.reason ? <div class="log-why">{v.reason}</div> : null}
            {v.note ? <div class="secondary log-why">{v.note}</div> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
