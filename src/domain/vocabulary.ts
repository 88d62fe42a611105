/** The fixed lists of the data contract (PRODUCT.md). Header text and list values are what a clinic sees. */

export const STATUSES = [
  'Identified',
  'Assembling packet',
  'Submitted',
  'In negotiation',
  'Approved (verbal)',
  'Approved (written)',
  'Active',
  'Denied',
  'Appealed',
  'Closed',
] as const;
export type Status = (typeof STATUSES)[number];

export const PLAN_TYPES = [
  'Commercial',
  'Self-funded',
  'Medicaid managed care',
  'Medicare Advantage',
  'Marketplace',
  'Other',
] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** Default service lines; a clinic can edit the list in Settings. */
export const DEFAULT_SERVICE_LINES = [
  'Psychotherapy',
  'ABA',
  'Speech therapy',
  'Occupational therapy',
  'Physical therapy',
  'Other',
] as const;

export const SCA_TYPES = ['Network gap', 'Continuity of care', 'Credentialing bridge', 'Other'] as const;
export type ScaType = (typeof SCA_TYPES)[number];

export const CHANNELS = ['Portal', 'Fax', 'Email', 'Phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Kinds of payer contact (the `Contacts` log): the submission channels in the same words as Submitted via
 * (a call is *Phone* everywhere), then the negotiation entries.
 */
export const CONTACT_TYPES = [...CHANNELS, 'Offer', 'Counter-offer', 'Note'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** Older words for a contact type, read as the one vocabulary's word ('Call' was Contacts' word for Phone). */
export const CONTACT_TYPE_SYNONYMS: Readonly<Record<string, ContactType>> = {
  call: 'Phone',
  'phone call': 'Phone',
  'portal message': 'Portal',
  counter: 'Counter-offer',
  counteroffer: 'Counter-offer',
};

export const DENIAL_REASONS = [
  'In-network provider available',
  'Medical necessity unclear',
  'Missing documentation',
  'Plan does not allow SCAs',
  'Requested after services began',
  'Other',
] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

/** The seven packet items, in the order a coordinator assembles them. */
export const PACKET_ITEMS = [
  'Clinical summary',
  'Treatment plan',
  'In-network search',
  'Credentials',
  'Member & diagnosis',
  'Services & rate',
  'Medical necessity letter',
] as const;
export type PacketItem = (typeof PACKET_ITEMS)[number];

export const VISIT_POLICIES = ['Allow', 'Warn', 'Block'] as const;
export type VisitPolicy = (typeof VISIT_POLICIES)[number];

/** How a change reached the sheet; recorded in History. */
export const VIAS = ['sheet edit', 'sidebar', 'menu', 'daily check', 'setup'] as const;
export type Via = (typeof VIAS)[number];
