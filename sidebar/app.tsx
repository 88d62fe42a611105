/**
 * The sidebar: opens on the view the server put in the page, follows the sheet's selection while visible,
 * and routes every save through one place (refusals come back as values; 'row-changed' reloads the case).
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { CaseStateDto } from '../src/dto/case-state';
import type { RefusalDto } from '../src/dto/refusal';
import type { SelectionKeyDto, SidebarBootDto } from '../src/dto/sidebar-boot';
import type { CaseStateResultDto } from '../src/dto/server-functions';
import { failureText, serverCall } from './server';
import { CaseActionsContext, type CaseActions, type SaveOutcome } from './state/case-actions';
import { DirtyForms, DirtyFormsContext } from './state/dirty-forms';
import { SelectionFollower } from './state/selection-follower';
import { info, reduce, warning, type Notice, type SidebarState, type View } from './state/store';
import { VocabularyContext } from './state/vocabulary';
import { NoticeLine, PendingSwitch } from './ui/notice';
import { CasePicker } from './views/case-picker';
import { CaseView } from './views/case-view';
import { NewCaseForm } from './views/new-case';

function firstView(boot: SidebarBootDto): View {
  switch (boot.view.kind) {
    case 'case':
      return { kind: 'case', state: boot.view.state };
    case 'picker':
      return { kind: 'picker', message: boot.view.message };
    case 'new-case':
      return { kind: 'new-case', defaults: boot.view.defaults };
    case 'error':
      return { kind: 'error', message: boot.view.message };
  }
}

/** "Status: Identified → Submitted", one line per changed cell. */
function changedLines(refusal: RefusalDto): string[] {
  return refusal.changed.map((c) => `${c.field}: ${c.before || '(empty)'} → ${c.now || '(empty)'}`);
}

const refused = (refusal: RefusalDto): SaveOutcome => ({ ok: false, message: refusal.message, fields: refusal.fields });

export function App(props: { boot: SidebarBootDto }) {
  const { boot } = props;
  const [state, dispatch] = useReducer<SidebarState, Parameters<typeof reduce>[1]>(reduce, { view: firstView(boot), notice: null, pending: null });
  const dirtyForms = useMemo(() => new DirtyForms(), []);
  const [loading, setLoading] = useState('');
  const viewRef = useRef(state.view);
  viewRef.current = state.view;

  const showCase = (caseState: CaseStateDto, notice: Notice | null = null): void => dispatch({ type: 'show', view: { kind: 'case', state: caseState }, notice });

  async function loadCase(caseId: string, notice: Notice | null = null): Promise<void> {
    setLoading(`Loading ${caseId}…`);
    try {
      const result: CaseStateResultDto = await serverCall('getCaseState', caseId);
      if (result.ok) showCase(result.state, notice);
      else dispatch({ type: 'show', view: { kind: 'picker', message: result.message } });
    } catch (error) {
      dispatch({ type: 'notice', notice: warning(`Could not load ${caseId}: ${failureText(error)}`) });
    } finally {
      setLoading('');
    }
  }

  /**
   * The selection moved: show its case. A selection that is not a case (another sheet, a header) keeps the
   * case on screen — the user may be looking something up, and a save that adds a log sheet activates it —
   * and only an empty sidebar turns to the picker.
   */
  function follow(selection: SelectionKeyDto): void {
    if (selection.caseId) void loadCase(selection.caseId);
    else if (viewRef.current.kind === 'loading' || viewRef.current.kind === 'error') {
      dispatch({ type: 'show', view: { kind: 'picker', message: 'The selection is not a case. Pick one, or select its row.' } });
    }
  }

  const follower = useMemo(
    () =>
      new SelectionFollower<SelectionKeyDto>({
        poll: () => serverCall('getSelectionKey'),
        onChange: (selection) => {
          const current = viewRef.current;
          const sameCase = current.kind === 'case' && selection.caseId === current.state.caseId;
          // The same case on another row (a sort) or re-selected: nothing to ask; reload only when nothing is typed.
          if (sameCase && dirtyForms.any()) return;
          if (dirtyForms.any()) dispatch({ type: 'pending', pending: selection });
          else follow(selection);
        },
      }),
    [],
  );
  useEffect(() => {
    follower.start(boot.selection.key);
    return () => follower.stop();
  }, [follower]);

  const actions: CaseActions = {
    async save(name, ...args) {
      const current = viewRef.current;
      const caseId = current.kind === 'case' ? current.state.caseId : null;
      let result: CaseStateResultDto;
      try {
        result = await (serverCall as (n: string, ...a: unknown[]) => Promise<CaseStateResultDto>)(name, ...args);
      } catch (error) {
        return { ok: false, message: failureText(error), fields: [] };
      }
      if (result.ok) {
        dispatch({ type: 'case-saved', state: result.state, notice: result.message ? info(result.message) : null });
        return { ok: true, message: result.message, fields: [] };
      }
      if (result.reason === 'row-changed' && caseId) {
        // Nothing was saved: show the row as it is now, say what changed; the form keeps what was typed.
        await loadCase(caseId, warning('This case changed in the sheet since the sidebar read it, so nothing was saved. It is reloaded; check and save again.', changedLines(result)));
      }
      return refused(result);
    },
    openCase: async (caseId) => {
      const selected = await serverCall('selectCase', caseId).catch(() => null);
      if (selected && !selected.ok) dispatch({ type: 'notice', notice: warning(selected.message) });
      else void serverCall('getSelectionKey').then((s) => follower.showing(s.key), () => undefined);
      await loadCase(caseId);
    },
    showPicker: () => dispatch({ type: 'show', view: { kind: 'picker', message: '' } }),
    showNewCase: () => dispatch({ type: 'show', view: { kind: 'new-case', defaults: { owner: boot.view.kind === 'new-case' ? boot.view.defaults.owner : '' } } }),
  };

  const view = state.view;
  const refresh = (): void => {
    if (view.kind === 'case') void loadCase(view.state.caseId);
    else void serverCall('getSelectionKey').then(follow, (error: unknown) => dispatch({ type: 'notice', notice: warning(failureText(error)) }));
  };

  return (
    <DirtyFormsContext.Provider value={dirtyForms}>
      <VocabularyContext.Provider value={boot.vocabulary}>
        <CaseActionsContext.Provider value={actions}>
          {/* The product name is the sidebar's title (setTitle), shown once by Sheets above this page. */}
          <header class="header">
            <span class="loading-line secondary" role="status">
              {loading}
            </span>
            <div class="header-actions">
              <button type="button" onClick={() => actions.showPicker()} title="Find a case">
                Find
              </button>
              <button type="button" onClick={() => actions.showNewCase()}>
                New case
              </button>
              <button type="button" class="icon-button" onClick={refresh} title="Reload from the sheet" aria-label="Refresh">
                ↻
              </button>
            </div>
          </header>
          {state.pending ? (
            <PendingSwitch
              selection={state.pending}
              onSwitch={() => {
                const pending = state.pending;
                dispatch({ type: 'pending', pending: null });
                if (pending) follow(pending);
              }}
              onStay={() => dispatch({ type: 'pending', pending: null })}
            />
          ) : null}
          {state.notice ? <NoticeLine notice={state.notice} onDismiss={() => dispatch({ type: 'notice', notice: null })} /> : null}
          <main class="content">
            {view.kind === 'loading' ? <div class="gray loading">Loading…</div> : null}
            {view.kind === 'error' ? <div class="error block">{view.message}</div> : null}
            {view.kind === 'picker' ? <CasePicker message={view.message} /> : null}
            {view.kind === 'new-case' ? <NewCaseForm defaults={view.defaults} /> : null}
            {view.kind === 'case' ? <CaseView key={view.state.caseId} state={view.state} /> : null}
          </main>
        </CaseActionsContext.Provider>
      </VocabularyContext.Provider>
    </DirtyFormsContext.Provider>
  );
}
