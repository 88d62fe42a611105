/**
 * What a save was based on: the row's fingerprint when the sidebar read it, and the values it showed
 * (header text → displayed text). The sidebar sends back `CaseStateDto.basedOn` unchanged; the server
 * refuses with 'row-changed' when the row (found again by Case ID) no longer matches, listing what changed.
 */
export interface BasedOnDto {
  readonly fingerprint: string;
  readonly values: Readonly<Record<string, string>>;
}
