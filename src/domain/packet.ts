/** The justification packet checklist of a case under its payer's plan rule. */
import type { ScaCase } from './case';
import type { PlanRule } from './plan-rule';
import { PACKET_ITEMS, type PacketItem } from './vocabulary';

/** One checklist line: whether the plan requires it, whether it is done, and what it needs. */
export interface PacketLine {
  readonly item: PacketItem;
  readonly required: boolean;
  /** Ticked (and, for the in-network search, backed by enough logged attempts). */
  readonly done: boolean;
  /** One sentence for the coordinator: what the item needs, or what is still missing. */
  readonly needs: string;
}

/** The whole checklist, progress on required items, and the first required item not done. */
export interface PacketChecklist {
  readonly items: readonly PacketLine[];
  readonly progress: { readonly done: number; readonly required: number };
  readonly nextMissing: PacketItem | null;
  readonly complete: boolean;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function missingFields(c: ScaCase, fields: readonly [string, boolean][]): string {
  const missing = fields.filter(([, present]) => !present).map(([name]) => name);
  return missing.length === 0 ? '' : ` Still empty on the row: ${missing.join(', ')}.`;
}

/** The sentence for one item. */
export function itemNeeds(item: PacketItem, c: ScaCase, planRule: PlanRule, attempts: number): string {
  switch (item) {
    case 'Clinical summary':
      return 'Attach a clinical summary: diagnosis, history and why care is needed now (link it from the EHR or Drive).';
    case 'Treatment plan':
      return 'Attach the treatment plan or evaluation notes with goals and visit frequency.';
    case 'In-network search': {
      const min = planRule.minInNetworkAttempts;
      return attempts >= min
        ? `${plural(attempts, 'in-network provider', 'in-network providers')} logged (at least ${min} needed).`
        : `Log at least ${plural(min, 'in-network provider', 'in-network providers')} contacted (${attempts} logged).`;
    }
    case 'Credentials':
      return "Include the clinic's NPI, TIN, license and W-9.";
    case 'Member & diagnosis':
      return `Include member details and ICD-10 diagnosis codes.${missingFields(c, [['Member ID', c.memberId !== '']])}`;
    case 'Services & rate':
      return `List codes, units, frequency, dates and the requested rate per unit.${missingFields(c, [
        ['Units requested', c.unitsRequested !== null],
        ['Requested rate', c.requestedRate !== null],
      ])}`;
    case 'Medical necessity letter':
      return 'Attach a letter of medical necessity signed by the treating clinician.';
  }
}

/**
 * The checklist for `c` under `planRule` with `attempts` in-network attempts logged.
 * @example packetChecklist(aCase().build(), DEFAULT_PLAN_RULE('Aetna'), 2).progress // { done: 0, required: 6 }
 */
export function packetChecklist(c: ScaCase, planRule: PlanRule, attempts: number): PacketChecklist {
  const items = PACKET_ITEMS.map((item): PacketLine => {
    const ticked = c.packet[item];
    const done = item === 'In-network search' ? ticked && attempts >= planRule.minInNetworkAttempts : ticked;
    return { item, required: planRule.requiredItems.includes(item), done, needs: itemNeeds(item, c, planRule, attempts) };
  });
  const required = items.filter((line) => line.required);
  const done = required.filter((line) => line.done).length;
  const next = required.find((line) => !line.done);
  return {
    items,
    progress: { done, required: required.length },
    nextMissing: next ? next.item : null,
    complete: done === required.length,
  };
}
