/** The Cases sheet (or another sheet the add-on keeps) is missing: the user should run setup. */
export class TrackerNotSetUpError extends Error {
  readonly reason = 'tracker-not-set-up' as const;
  constructor(message = 'There is no Cases sheet yet. Run Extensions ▸ SCA Tracker ▸ Set up or repair tracker first.') {
    super(message);
    this.name = 'TrackerNotSetUpError';
  }
}
