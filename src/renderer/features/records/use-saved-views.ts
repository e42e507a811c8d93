import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnState, FilterModel } from 'ag-grid-community';
import type { GridView, TradeRecord } from '../../../shared/domain';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import type { Status } from './use-grid-clipboard';
import type { GridHandle } from './VanillaGrid';

/** The grid's named views (columns, sort and filters), kept in the database: the list, the one open, open and save. */
export function useSavedViews(grid: RefObject<GridHandle<TradeRecord> | null>, setStatus: (s: Status) => void) {
  const { t } = useTranslation();
  const [views, setViews] = useState<GridView[]>([]);
  const [currentView, setCurrentView] = useState<string | null>(null);

  useEffect(() => {
    api.listViews({}).then(setViews, () => setViews([]));
  }, []);

  const applyView = (name: string) => {
    const view = views.find((v) => v.name === name);
    const gridApi = grid.current?.api;
    if (!view || !gridApi) return;
    const state = JSON.parse(view.state) as { columns: ColumnState[]; filters: FilterModel };
    gridApi.applyColumnState({ state: state.columns, applyOrder: true });
    gridApi.setFilterModel(state.filters);
    setCurrentView(name);
    setStatus({ kind: 'saved', text: t('gridMsg.viewOpened', { name }) });
  };

  const saveView = (name: string) => {
    const gridApi = grid.current?.api;
    if (!gridApi) return;
    const state = JSON.stringify({ columns: gridApi.getColumnState(), filters: gridApi.getFilterModel() });
    api.saveView({ name, state }).then(
      () =>
        api.listViews({}).then((list) => {
          setViews(list);
          setCurrentView(name);
          setStatus({ kind: 'saved', text: t('gridMsg.viewSaved', { name }) });
        }),
      (err: unknown) => setStatus({ kind: 'error', text: t('gridMsg.viewFailed', { message: messageOf(err) }) }),
    );
  };

  return { views, currentView, applyView, saveView };
}
