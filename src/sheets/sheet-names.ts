/** The sheets the add-on keeps. Names are part of the contract a clinic sees. */
export const SHEETS = {
  cases: 'Cases',
  inNetworkSearch: 'In-network search',
  contacts: 'Contacts',
  terms: 'Terms',
  visits: 'Visits',
  planRules: 'Plan rules',
  settings: 'Settings',
  history: 'History',
  runLog: 'Run log',
  pilotReview: 'Pilot review',
} as const;

/** Developer metadata key marking a column of ours; its value is the field key (e.g. 'endDate'). */
export const COLUMN_METADATA_KEY = 'sca-tracker.column';

/** Log sheets the sidebar keeps (created on first use). */
export const SIDEBAR_SHEETS = {
  acknowledgements: 'Acknowledgements',
  packetDocuments: 'Packet documents',
} as const;
