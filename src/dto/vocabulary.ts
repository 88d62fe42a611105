/** The lists the sidebar's dropdowns offer: the same words the sheet's data validation uses. */
export interface VocabularyDto {
  readonly statuses: readonly string[];
  readonly planTypes: readonly string[];
  /** From Settings (editable by the clinic). */
  readonly serviceLines: readonly string[];
  readonly scaTypes: readonly string[];
  /** Submission channels (Submitted via): Portal, Fax, Email, Phone. */
  readonly channels: readonly string[];
  /** Contacts › Type: the channels, then Offer, Counter-offer, Note (one vocabulary with Submitted via). */
  readonly contactTypes: readonly string[];
  readonly contactDirections: readonly string[];
  readonly denialReasons: readonly string[];
  readonly packetItems: readonly string[];
}
