import type { Channel, PacketItem, VisitPolicy } from './vocabulary';

/** Per-payer rules from the `Plan rules` sheet. */
export interface PlanRule {
  readonly payer: string;
  readonly requiredItems: readonly PacketItem[];
  readonly minInNetworkAttempts: number;
  readonly channel: Channel | '';
  readonly turnaroundDays: number;
  readonly visitPolicy: VisitPolicy;
}
