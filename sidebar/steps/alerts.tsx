/**
 * This case's alerts, computed now. Each can be acknowledged: quiet until a chosen date, or until it gets
 * worse; who acknowledged it and when is shown with it.
 */
import { useState } from 'preact/hooks';
import type { CaseStateDto, LiveAlertDto } from '../../src/dto/case-state';
import { useSaver } from '../state/case-actions';
import { useForm } from '../state/use-form';
import { CheckboxField, DateField, TextField } from '../ui/fields';
import { FormError } from '../ui/form-error';
import { SaveForm } from '../ui/save-form';
import { dateOrNull } from '../ui/values';

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function AcknowledgeForm(props: { state: CaseStateDto; alert: LiveAlertDto; onDone: () => void }) {
  const { state, alert } = props;
  const saver = useSaver();
  const form = useForm(`ack:${state.caseId}:${alert.kind}`, { quietUntil: addDays(state.today, 7), untilWorse: 'yes', note: '' });
  const v = form.values;
  return (
    <SaveForm
      className="subform ack-form"
      label={`Acknowledge: ${alert.message}`}
      save={() => saver.run('acknowledgeAlert', { caseId: state.caseId, basedOn: state.basedOn, kind: alert.kind, quietUntil: dateOrNull(v.quietUntil), untilWorse: v.untilWorse === 'yes', note: v.note })}
      onSaved={() => props.onDone()}
    >
      <DateField label="Quiet until" value={v.quietUntil} onInput={form.field('quietUntil')} hint="Blank: no date limit." error={saver.errorFor('quietUntil')} />
      <CheckboxField label="…or until it gets worse" checked={v.untilWorse === 'yes'} onChange={(c) => form.field('untilWorse')(c ? 'yes' : '')} />
      <TextField label="Note" value={v.note} onInput={form.field('note')} error={saver.errorFor('note')} />
      <FormError refusal={saver.refusal} shownAtFields={['quietUntil', 'note']} />
      <div class="button-row">
        <button type="submit" class="action" disabled={saver.busy}>
          {saver.busy ? 'Saving…' : 'Acknowledge'}
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </SaveForm>
  );
}

function AlertRow(props: { state: CaseStateDto; alert: LiveAlertDto }) {
  const { alert } = props;
  const [open, setOpen] = useState(false);
  const ack = alert.acknowledgement;
  return (
    <li class={`alert alert-${alert.severity}${alert.quiet ? ' alert-quiet' : ''}`} data-kind={alert.kind}>
      <div class="alert-message">
        <span class="alert-severity">{alert.severity}</span> {alert.message}
      </div>
      {ack ? (
        <div class="secondary alert-ack">
          Acknowledged by {ack.by || 'someone'} on {ack.on}
          {ack.quietUntil ? `, quiet until ${ack.quietUntil}` : ''}
          {ack.untilWorse ? `${ack.quietUntil ? ' or' : ','} until it gets worse` : ''}
          {ack.note ? ` — ${ack.note}` : ''}
        </div>
      ) : null}
      {open ? (
        <AcknowledgeForm state={props.state} alert={alert} onDone={() => setOpen(false)} />
      ) : (
        <button type="button" class="link-button" onClick={() => setOpen(true)}>
          {ack ? 'Acknowledge again' : 'Acknowledge'}
        </button>
      )}
    </li>
  );
}

export function AlertsPanel(props: { state: CaseStateDto }) {
  return (
    <div class="block alerts">
      <div class="section-title">Alerts</div>
      <ul class="alert-list">
        {props.state.liveAlerts.map((a) => (
          <AlertRow key={a.kind} state={props.state} alert={a} />
        ))}
      </ul>
    </div>
  );
}
