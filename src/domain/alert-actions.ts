import type { AlertKind } from './alert';

/**
 * What to do about each alert kind, in a word or two a coordinator acts on (the digest's "what to do" and
 * Help's list of flags). Fixed text: it carries nothing typed by people.
 */
export const ALERT_ACTIONS: Readonly<Record<AlertKind, string>> = {
  expired_while_active: 'Stop scheduling; get the renewal approved in writing or close the case',
  end_date_approaching: 'Request a renewal or extension',
  renewal_in_progress: 'Follow the renewal; close this case once it is approved in writing',
  units_over_used: 'Hold billing; ask the payer for more units',
  units_exhausted: 'Ask the payer for more units before the next visit',
  units_low: 'Ask the payer for more units',
  projected_run_out: 'Ask for more units or space the visits',
  follow_up_overdue: 'Contact the payer and log the contact',
  follow_up_due: 'Contact the payer and log the contact',
  waiting_past_turnaround: 'Ask the payer for a decision',
  verbal_without_written: 'Get the written terms from the payer',
};
