import { useState } from 'preact/hooks';
import type { ImportPreviewDto } from '../../src/dto/import';

/** Step 3: the first rows as they would land in Cases, each problem on its cell, and the counts. */
export function PreviewTable({ preview }: { readonly preview: ImportPreviewDto }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const { counts } = preview;
  const rows = onlyProblems ? preview.rows.filter((r) => r.cells.some((c) => c.problem)) : preview.rows;
  const flagged = preview.columns.filter((c) => c.privacy);
  const notes = preview.previewHeaders.length - 1;
  return (
    <div>
      <p class="counts" data-testid="counts">
        <b>{counts.dataRows}</b> rows to import · <b class={counts.problemRows > 0 ? 'error' : ''}>{counts.problemRows}</b> with problems (their values go to Notes)
        {counts.alreadyImported > 0 && (
          <span>
            {' '}
            · <b>{counts.alreadyImported}</b> imported before (skipped)
          </span>
        )}
        {counts.blankRows + counts.totalRows > 0 && (
          <span class="secondary">
            {' '}
            · left out: {counts.blankRows} blank, {counts.totalRows} total {counts.totalRows === 1 ? 'row' : 'rows'}
          </span>
        )}
        {counts.problemRows > 0 && (
          <label style="margin-left: 12px; font-weight: normal">
            <input type="checkbox" checked={onlyProblems} onChange={() => setOnlyProblems(!onlyProblems)} /> only rows with problems
          </label>
        )}
      </p>
      {flagged.map((c) => (
        <p key={c.index} class="flag">
          ⚠ {c.header}: {c.privacy?.hint}
        </p>
      ))}
      <div class="scroll">
        <table class="preview">
          <thead>
            <tr>
              <th>Row</th>
              {preview.previewHeaders.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.sourceRow} class={r.alreadyImported ? 'done' : ''}>
                <td class="secondary">{r.sourceRow}</td>
                {r.cells.map((c, i) => (
                  <td key={i} class={c.problem ? 'problem' : i === notes ? 'notes' : ''} title={c.problem ?? c.text}>
                    {c.problem ? `⚠ ${c.problem}` : c.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
