/**
 * The written terms (what billing relies on) and the decision: save the terms, mark them Approved
 * (written) or Active (refused unless complete), record a denial with its reason, appeal or resubmit,
 * or start a renewal as a linked case.
 */
import type { CaseStateDto } from '../../src/dto/case-state';
import type { SaveWrittenTermsPayload } from '../../src/dto/payloads';
import { useSaver } from '../state/case-actions';
import { useForm } from '../state/use-form';
import { DateField, NumberField, TextField, UrlField } from '../ui/fields';
import { FormError } from '../ui/form-error';
import { dateOrNull, numberOrNull, textOf } from '../ui/values';
import { DecisionPanel } from './decision';

const FIELDS = ['writtenConfirmationOn', 'scaNumber', 'approvedCodes', 'unitsApproved', 'approvedRate', 'startDate', 'endDate', 'agreementLink'];

export function TermsPanel(props: { state: CaseStateDto }) {
  const { state } = props;
  const f = state.fields;
  const saver = useSaver();
  const form = useForm(`terms:${state.caseId}`, {
    writtenConfirmationOn: f.writtenConfirmationOn ?? '',
    scaNumber: f.scaNumber,
    approvedCodes: f.approvedCodes.join(', '),
    unitsApproved: textOf(f.unitsApproved),
    approvedRate: textOf(f.approvedRate),
    startDate: f.startDate ?? '',
    endDate: f.endDate ?? '',
    agreementLink: f.agreementLink,
  });
  const v = form.values;
  const save = (status: SaveWrittenTermsPayload['status']): void => {
    void saver
      .run('saveWrittenTerms', {
        caseId: state.caseId,
        basedOn: state.basedOn,
        writtenConfirmationOn: dateOrNull(v.writtenConfirmationOn),
        scaNumber: v.scaNumber.trim(),
        approvedCodes: v.approvedCodes,
        unitsApproved: numberOrNull(v.unitsApproved),
        approvedRate: numberOrNull(v.approvedRate),
        startDate: dateOrNull(v.startDate),
        endDate: dateOrNull(v.endDate),
        agreementLink: v.agreementLink.trim(),
        status,
      })
      .then((ok) => ok && form.reset());
  };
  const can = (status: string): boolean => state.fields.status !== status && state.allowedStatuses.includes(status);
  // Complete written terms make a case Approved (written) and Active in one save; the server refuses incomplete ones.
  const canActivate = can('Active') || can('Approved (written)');
  return (
    <div class="terms">
      <form
        class="subform"
        aria-label="Written terms"
        onSubmit={(e) => {
          e.preventDefault();
          save(null);
        }}
      >
        <DateField label="Written confirmation on" value={v.writtenConfirmationOn} onInput={form.field('writtenConfirmationOn')} error={saver.errorFor('writtenConfirmationOn')} />
        <TextField label="SCA #" value={v.scaNumber} onInput={form.field('scaNumber')} error={saver.errorFor('scaNumber')} />
        <TextField label="Approved codes" value={v.approvedCodes} onInput={form.field('approvedCodes')} placeholder="90837, 90834" error={saver.errorFor('approvedCodes')} />
        <div class="row-2">
          <NumberField label="Units approved" value={v.unitsApproved} onInput={form.field('unitsApproved')} error={saver.errorFor('unitsApproved')} />
          <NumberField label="Approved rate ($)" value={v.approvedRate} onInput={form.field('approvedRate')} step="0.01" error={saver.errorFor('approvedRate')} />
        </div>
        <div class="row-2">
          <DateField label="Start date" value={v.startDate} onInput={form.field('startDate')} error={saver.errorFor('startDate')} />
          <DateField label="End date" value={v.endDate} onInput={form.field('endDate')} error={saver.errorFor('endDate')} />
        </div>
        <UrlField label="Agreement link" value={v.agreementLink} onInput={form.field('agreementLink')} error={saver.errorFor('agreementLink')} />
        <FormError refusal={saver.refusal} shownAtFields={FIELDS} />
        <div class="button-row">
          <button type="submit" disabled={saver.busy}>
            Save terms
          </button>
          {can('Approved (written)') ? (
            <button type="button" class="action" disabled={saver.busy} onClick={() => save('Approved (written)')}>
              Approved in writing
            </button>
          ) : null}
          {canActivate ? (
            <button type="button" class="create" disabled={saver.busy} onClick={() => save('Active')}>
              Activate
            </button>
          ) : null}
        </div>
      </form>
      <DecisionPanel state={state} />
    </div>
  );
}
