/**
 * The import dialog's calls to the server, as promises, typed by the DTOs. A thrown server error (not a
 * refusal) rejects; refusals come back as {ok:false, reason, message}.
 */
import type { ImportPreviewDto, ImportRefusalDto, ImportRequestDto, ImportSourcesDto, ImportSummaryDto } from '../../src/dto/import';
import { googleScript, invoke } from '../google-script';

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  const script = googleScript();
  if (!script) return Promise.reject(new Error('This page runs inside Google Sheets (google.script is missing).'));
  return new Promise<T>((resolve, reject) => {
    const runner = script.run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler((error) => reject(error));
    invoke(runner, name, args);
  });
}

export const importServer = {
  sources: () => call<ImportSourcesDto>('getImportSources'),
  preview: (request: ImportRequestDto) => call<ImportPreviewDto | ImportRefusalDto>('previewImport', request),
  run: (request: ImportRequestDto) => call<ImportSummaryDto | ImportRefusalDto>('importCases', request),
  close: (): void => googleScript()?.host.close(),
};
