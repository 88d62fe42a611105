/** Sidebar saves that build the packet and keep the case's logs: packet items and links, in-network attempts, follow-up, acknowledgements. */
import type { Acknowledgement } from '../../domain/acknowledgement';
import { alertLevel } from '../../domain/acknowledgement';
import type { AlertKind } from '../../domain/alert';
import type { IsoDate } from '../../domain/calendar-date';
import { documentLinkProblem } from '../../domain/document-link';
import type { InNetworkAttempt } from '../../domain/in-network-search-sheet';
import { packetLinksOf } from '../../domain/packet-documents-sheet';
import type { PacketItem } from '../../domain/vocabulary';
import type { RefusalDto } from '../../dto/refusal';
import { liveAlerts, planFor } from './case-state';
import type { SaveInput, SaveOutcome } from './case-save';
import { refusal } from './refusal';

/** Ticks or unticks a packet item and sets its document link (shape checked; '' removes it). */
export function packetItemDecision(input: SaveInput, form: { item: PacketItem; done: boolean; link: string }): SaveOutcome | RefusalDto {
  const c = input.loaded.record.case;
  const problem = documentLinkProblem(form.link);
  if (problem) return refusal('invalid-input', problem, [{ field: 'link', code: 'invalid', message: problem }]);
  const current = packetLinksOf(c.caseId, input.loaded.context.documents)[form.item] ?? '';
  const linkChanged = form.link !== current;
  return {
    next: { ...c, packet: { ...c.packet, [form.item]: form.done } },
    ...(linkChanged
      ? {
          logs: { documents: [{ caseId: c.caseId, item: form.item, link: form.link }] },
          history: [{ field: `Packet link: ${form.item}`, from: current, to: form.link }],
        }
      : {}),
    message: `${form.item} ${form.done ? 'ticked' : 'not ticked'}${linkChanged ? (form.link === '' ? '; link removed' : '; link saved') : ''}.`,
  };
}

/** Appends one in-network attempt to the `In-network search` log; the count is checked against the plan's minimum. */
export function attemptDecision(input: SaveInput, form: Omit<InNetworkAttempt, 'caseId' | 'inNetwork'> & { inNetwork: 'Yes' | 'No' }): SaveOutcome {
  const c = input.loaded.record.case;
  const attempt: InNetworkAttempt = { ...form, caseId: c.caseId, inNetwork: form.inNetwork === 'Yes' };
  const { rule } = planFor(c, input.loaded.context);
  const counted = input.loaded.context.attempts.filter((a) => a.inNetwork !== false).length + (attempt.inNetwork ? 1 : 0);
  return {
    next: c,
    logs: { attempts: [attempt] },
    history: [{ field: 'In-network search', from: '', to: `${form.provider} (${form.date ?? ''})` }],
    message: `${form.provider} logged: ${counted} of the ${rule.minInNetworkAttempts} in-network attempts ${payerWord(rule.payer)} needs.`,
  };
}

const payerWord = (payer: string): string => (payer === '' ? 'the plan' : payer);

/** Sets (or clears) Next follow-up. */
export function followUpDecision(input: SaveInput, nextFollowUp: IsoDate | null): SaveOutcome {
  const c = input.loaded.record.case;
  return { next: { ...c, nextFollowUp }, message: nextFollowUp ? `Next follow-up ${nextFollowUp}.` : 'Next follow-up cleared.' };
}

/** Acknowledges one of the case's current alerts: quiet until a date, or until worse, or both; recorded with who and when. */
export function acknowledgeDecision(
  input: SaveInput,
  form: { kind: AlertKind; quietUntil: IsoDate | null; untilWorse: boolean; note: string },
): SaveOutcome | RefusalDto {
  const c = input.loaded.record.case;
  const { today } = input.env;
  if (form.quietUntil === null && !form.untilWorse) {
    const message = 'Choose a date to stay quiet until, or "until it gets worse" (or both).';
    return refusal('invalid-input', message, [{ field: 'quietUntil', code: 'invalid', message }]);
  }
  if (form.quietUntil !== null && form.quietUntil < today) {
    const message = `Quiet until: choose today (${today}) or a later date.`;
    return refusal('invalid-input', message, [{ field: 'quietUntil', code: 'invalid', message }]);
  }
  const { rule } = planFor(c, input.loaded.context);
  const alert = liveAlerts(c, { context: input.loaded.context, today, renewals: () => [] }, rule).find((a) => a.kind === form.kind);
  if (!alert) {
    const message = 'This alert is not current any more; nothing to acknowledge.';
    return refusal('invalid-input', message, [{ field: 'kind', code: 'invalid', message }]);
  }
  const ack: Acknowledgement = {
    caseId: c.caseId,
    kind: form.kind,
    by: input.user,
    on: today,
    quietUntil: form.quietUntil,
    untilWorse: form.untilWorse,
    severity: alert.severity,
    level: alertLevel(form.kind, c, today, input.loaded.context.settings.endDateTiers),
    note: form.note,
  };
  const until = [form.quietUntil ? `until ${form.quietUntil}` : '', form.untilWorse ? 'until it gets worse' : ''].filter(Boolean).join(' or ');
  return {
    next: c,
    logs: { acknowledgements: [ack] },
    history: [{ field: `Alert acknowledged: ${form.kind}`, from: alert.message, to: `quiet ${until}` }],
    message: `Alert acknowledged: quiet ${until}.`,
  };
}
