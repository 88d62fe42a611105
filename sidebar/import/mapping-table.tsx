import type { ImportPreviewDto } from '../../src/dto/import';

const REASONS: Readonly<Record<string, string>> = {
  header: 'same header',
  synonym: 'known name',
  similar: 'similar header',
  values: 'from its values',
  none: 'no match — kept in Notes',
};

interface Props {
  readonly preview: ImportPreviewDto;
  readonly busy: boolean;
  readonly onChange: (column: number, target: string | null) => void;
}

/** Step 2: each source column, what its values look like, and where it goes (a Cases column or Notes). */
export function MappingTable({ preview, busy, onChange }: Props) {
  const taken = new Map(preview.columns.filter((c) => c.target && c.target !== 'notes').map((c) => [c.target, c.index]));
  return (
    <div class="scroll">
      <table class="mapping">
        <thead>
          <tr>
            <th>Your column</th>
            <th>Values look like</th>
            <th>Examples</th>
            <th>Goes to</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((c) => (
            <tr key={c.index} data-column={c.header}>
              <td>
                <b>{c.header}</b>
                {c.privacy && (
                  <div class="flag" title={c.privacy.hint}>
                    ⚠ {c.privacy.hint}
                  </div>
                )}
              </td>
              <td>{c.sniffed}</td>
              <td class="samples">{c.samples.join(' · ')}</td>
              <td>
                <select aria-label={`Goes to for ${c.header}`} disabled={busy} value={c.target ?? ''} onChange={(e) => onChange(c.index, (e.target as HTMLSelectElement).value || null)}>
                  <option value="">Notes (as “{c.header}: value”)</option>
                  {preview.targets
                    .filter((t) => t.field !== 'notes')
                    .map((t) => (
                      <option key={t.field} value={t.field} disabled={taken.has(t.field) && taken.get(t.field) !== c.index}>
                        {t.header}
                      </option>
                    ))}
                  <option value="notes">Notes (value as is)</option>
                </select>
                <span class="reason">{c.target === c.proposed ? REASONS[c.reason] : 'your choice'}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
