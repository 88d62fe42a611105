/** Denied (with a reason), appeal or resubmission after a denial, and a renewal as a new linked case. */
import type { CaseStateDto } from '../../src/dto/case-state';
import { useSaver } from '../state/case-actions';
import { useForm } from '../state/use-form';
import { useVocabulary } from '../state/vocabulary';
import { DateField, SelectField } from '../ui/fields';
import { FormError } from '../ui/form-error';
import { dateOrNull } from '../ui/values';

export function DecisionPanel(props: { state: CaseStateDto }) {
  const { state } = props;
  const vocabulary = useVocabulary();
  const saver = useSaver();
  const form = useForm(`decision:${state.caseId}`, { denialReason: '', decisionOn: state.today });
  const v = form.values;
  const allowed = (s: string): boolean => state.fields.status !== s && state.allowedStatuses.includes(s);
  const ref = { caseId: state.caseId, basedOn: state.basedOn };
  const move = (to: string, denialReason = '', decisionOn: string | null = null): void => {
    void saver.run('changeStatus', { ...ref, to, denialReason, decisionOn }).then((ok) => ok && form.reset());
  };
  const renewable = state.fields.status === 'Active' || state.fields.status === 'Approved (written)' || state.fields.status === 'Closed';
  return (
    <div class="decision block">
      {state.fields.status === 'Denied' ? (
        <div class="block">
          <div class="secondary">
            Denied{state.fields.decisionOn ? ` on ${state.fields.decisionOn}` : ''}: {state.fields.denialReason || 'no reason recorded'}.
          </div>
          <div class="button-row">
            {allowed('Appealed') ? (
              <button type="button" class="action" disabled={saver.busy} onClick={() => move('Appealed')}>
                Appeal
              </button>
            ) : null}
            {allowed('Assembling packet') ? (
              <button type="button" disabled={saver.busy} onClick={() => move('Assembling packet')}>
                Resubmit
              </button>
            ) : null}
          </div>
        </div>
      ) : allowed('Denied') ? (
        <form
          class="subform"
          aria-label="Record a denial"
          onSubmit={(e) => {
            e.preventDefault();
            move('Denied', v.denialReason, dateOrNull(v.decisionOn));
          }}
        >
          <h3>Denied?</h3>
          <div class="row-2">
            <SelectField label="Denial reason" value={v.denialReason} onInput={form.field('denialReason')} options={vocabulary.denialReasons} error={saver.errorFor('denialReason')} />
            <DateField label="Decision on" value={v.decisionOn} onInput={form.field('decisionOn')} error={saver.errorFor('decisionOn')} />
          </div>
          <button type="submit" disabled={saver.busy}>
            Mark denied
          </button>
        </form>
      ) : null}
      {renewable ? (
        <div class="block">
          <button type="button" disabled={saver.busy} onClick={() => void saver.run('startRenewal', ref)}>
            Start renewal
          </button>
          <div class="hint secondary">A new case linked to this one (Renewal of), with its payer, codes and packet.</div>
        </div>
      ) : null}
      <FormError refusal={saver.refusal} shownAtFields={['denialReason', 'decisionOn']} />
    </div>
  );
}
