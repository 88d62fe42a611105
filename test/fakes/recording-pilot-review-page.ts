import type { ParameterCells, PilotReviewOutput, PilotReviewPage } from '../../src/ports/pilot-review-page';

/** A Pilot review page in memory: parameters set by the test, every shown report recorded. */
export class RecordingPilotReviewPage implements PilotReviewPage {
  readonly shown: PilotReviewOutput[] = [];

  constructor(public parameters: ParameterCells | null = null) {}

  readParameters(): ParameterCells | null {
    return this.parameters;
  }

  show(output: PilotReviewOutput): void {
    this.shown.push(output);
  }
}
