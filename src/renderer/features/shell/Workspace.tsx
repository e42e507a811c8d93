import { Suspense, useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { DropZone, ImportDialog, ImportJobs, useImportQueue, type FilePickerHandle } from '../import';
import { holdsOnlySample } from '../../../shared/sample';
import { exportRecordsFile, TaskBar, TasksProvider, useTasks } from '../tasks';
import { openRows, useOpenRows, type OpenRowsRequest } from '../../lib/open-rows';
import { ReadOnlyContext } from '../../lib/read-only';
import { HelpOverlay } from './HelpOverlay';
import { SampleNotice } from './SampleNotice';
import { Sidebar } from './Sidebar';
import { TabBar } from './TabBar';
import { BatchesView, BriefView, ChartsView, DashboardView, RecordsGrid } from './tab-views';
import { TABS, type Tab } from './tabs';
import { is, useViewState } from '../../state/view-state';
import { useShortcuts } from './use-shortcuts';
import { useWorkspaceData } from './use-workspace-data';
import { Toolbar } from './Toolbar';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** The desk, with long tasks (reverts, exports) shared by every tab. */
export function Workspace() {
  return (
    <TasksProvider>
      <Desk />
    </TasksProvider>
  );
}

/** The desk: toolbar, sidebar, the five tabs, and the import flow over all of them. */
function Desk() {
  const { t, i18n } = useTranslation();
  const tasks = useTasks();
  // Bumped when the data changes underneath the views: an import or a revert reloads everything, an edit the chart.
  const [imported, setImports] = useState(0);
  const imports = imported + tasks.changes;
  const [edits, setEdits] = useState(0);
  // The last tab shown on this database, kept across restarts (state/view-state.ts).
  const [tab, setTab] = useViewState<Tab>('workspace.tab', 'data', is.oneOf(...TABS));
  const [rejectsOf, setRejectsOf] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const picker = useRef<FilePickerHandle>(null);

  const onImported = useCallback(() => setImports((n) => n + 1), []);
  const onEdited = useCallback(() => setEdits((n) => n + 1), []);
  const queue = useImportQueue(onImported);
  // Also on every tab change: views and definitions are saved from inside the tabs.
  const data = useWorkspaceData(`${imports}:${edits}:${tab}`);

  // A number clicked in the dashboard or the brief opens its rows: switch to Data, then hand the request
  // on once the grid is mounted and listening.
  const rowsRequest = useRef<OpenRowsRequest | null>(null);
  const replaying = useRef(false);
  useOpenRows((req) => {
    if (replaying.current || tab === 'data') return;
    rowsRequest.current = req;
    setTab('data');
  });
  useEffect(() => {
    const req = rowsRequest.current;
    if (tab !== 'data' || !req) return;
    rowsRequest.current = null;
    replaying.current = true;
    openRows(req);
    replaying.current = false;
  }, [tab]);

  // A notice (e.g. "Exported 602 records") belongs to the moment it was given, not to every tab after it.
  const showTab = useCallback(
    (next: Tab) => {
      setNotice(null);
      setTab(next);
    },
    [setTab],
  );

  const showRejects = useCallback(
    (batchId: number) => {
      setRejectsOf(batchId);
      setTab('imports');
    },
    [setTab],
  );

  const exportCsv = useCallback(() => {
    if (exporting) return;
    setExporting(true);
    // Any size, with a progress bar: the desktop app's save dialog, or a streamed download in the browser. The
    // task's card says what was written and where; a banner above it had said the same again.
    void exportRecordsFile(tasks, t, 'csv', {}).finally(() => setExporting(false));
  }, [exporting, t, tasks]);

  // A batch clicked in the sidebar: its rows in the grid, its rejects and its revert one click away.
  const showBatch = useCallback(
    (batchId: number) => {
      const b = data.batches.find((x) => x.id === batchId);
      if (!b) return;
      openRows({
        label: b.fileName,
        filters: {},
        batch: { id: b.id, fileName: b.fileName, rejected: b.rowsRejected, status: b.status },
      });
      setNotice(null);
      setTab('data');
    },
    [data.batches, setTab],
  );

  useShortcuts({ importFiles: () => picker.current?.open(), exportCsv, showTab, toggleHelp: () => setHelp((h) => !h) });

  // File > Import… and Export… in the desktop app's menu arrive as events and do what the toolbar does.
  const onAppCommand = useEffectEvent((command: 'import' | 'export') =>
    command === 'import' ? picker.current?.open() : exportCsv(),
  );
  useEffect(() => api.onEvent((event) => event.name === 'appCommand' && onAppCommand(event.payload.command)), []);

  const rejected = data.batches.reduce((sum, b) => sum + b.rowsRejected, 0);
  const readOnly = data.info?.readOnly ?? null;
  const datasetName = readOnly ? (readOnly.dataset.split(/[\\/]/).pop() ?? readOnly.dataset) : '';
  // A file dropped on a read-only dataset is not imported: the notice says why instead.
  const onFiles = readOnly
    ? () => setNotice({ kind: 'error', text: t('readOnly.notice', { name: datasetName }) })
    : queue.add;
  return (
    <ReadOnlyContext value={readOnly}>
      <div className="workspace">
        <DropZone onFiles={onFiles} />
        <Toolbar
          ref={picker}
          onFiles={onFiles}
          onExport={exportCsv}
          exporting={exporting}
          onHelp={() => setHelp(true)}
        />
        <Sidebar data={data} onShowRejects={showRejects} onShowBatch={showBatch} />
        <main className="workspace__main">
          <TabBar active={tab} onSelect={showTab} badges={rejected > 0 ? { imports: String(rejected) } : undefined} />
          {notice ? (
            <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
              {notice.text}
            </div>
          ) : null}
          {readOnly ? (
            <p className="notice notice--info" role="note" data-testid="read-only-notice">
              {t('readOnly.notice', { name: datasetName })}
            </p>
          ) : null}
          {!readOnly && holdsOnlySample(data.batches) ? <SampleNotice onImport={() => picker.current?.open()} /> : null}
          <ImportJobs queue={queue} onShowRejects={showRejects} />
          <TaskBar />
          {queue.jobs.length === 0 && data.info?.records === 0 ? (
            <p className="hint drop-hint">{t('drop.hint')}</p>
          ) : null}
          <section
            className={tab === 'data' ? 'tab-panel panel tab-panel--fill' : 'tab-panel panel'}
            role="tabpanel"
            id={`panel-${tab}`}
            aria-labelledby={`tab-${tab}`}
          >
            <Suspense fallback={<p className="hint">{t('grid.loading')}</p>}>
              {tab === 'dashboard' ? <DashboardView refreshKey={imports + edits} /> : null}
              {tab === 'data' ? (
                <RecordsGrid
                  key={i18n.language}
                  refreshKey={imports}
                  onEdited={onEdited}
                  onBack={showTab}
                  onShowRejects={showRejects}
                />
              ) : null}
              {tab === 'charts' ? <ChartsView refreshKey={imports + edits} /> : null}
              {tab === 'brief' ? <BriefView refreshKey={imports + edits} /> : null}
              {tab === 'imports' ? (
                <BatchesView
                  batches={data.batches}
                  selected={rejectsOf}
                  onSelect={setRejectsOf}
                  onShowRows={showBatch}
                />
              ) : null}
            </Suspense>
          </section>
        </main>
        {queue.asking ? <ImportDialog key={queue.asking.id} job={queue.asking} queue={queue} /> : null}
        {help ? <HelpOverlay onClose={() => setHelp(false)} dbPath={data.info?.dbPath ?? null} /> : null}
      </div>
    </ReadOnlyContext>
  );
}
