import { useCallback, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ActionResult } from '../../../shared/domain';
import type { Output } from '../../../shared/client';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { useTasks } from '../tasks';
import type { Status } from './use-grid-clipboard';
import { historyLabel } from './history-label';

export type HistoryState = Output<'historyState'>;

/**
 * Undo, redo and what they would do now (so the buttons can name it, or be disabled), in words that
 * read correctly. A step that touches a whole import (a revert, its undo) runs with a progress bar.
 */
export function useHistoryActions(setStatus: (s: Status) => void, onChanged: () => void) {
  const { t } = useTranslation();
  const tasks = useTasks();
  const [state, setState] = useState<HistoryState | null>(null);

  const refresh = useCallback(() => {
    api.historyState({}).then(setState, () => setState(null));
  }, []);
  useEffect(refresh, [refresh]);

  const labelOf = useCallback(
    (r: { label: string; kind: string; count: number }) =>
      r.kind === 'revert_batch'
        ? t('history.rows', { label: historyLabel(r.label, t), count: r.count })
        : historyLabel(r.label, t),
    [t],
  );

  const step = useCallback(
    async (which: 'undo' | 'redo') => {
      let now: HistoryState;
      try {
        now = await api.historyState({});
      } catch (err) {
        setStatus({ kind: 'error', text: t('history.failed', { message: messageOf(err) }) });
        return;
      }
      setState(now);
      const next = now[which];
      if (!next) {
        setStatus({ kind: 'saved', text: t(which === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo') });
        return;
      }
      const said = (r: ActionResult | null, tr: TFunction = t) =>
        r
          ? tr(which === 'undo' ? 'history.undone' : 'history.redone', { label: labelOf(r) })
          : tr(which === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo');
      const call = () => (which === 'undo' ? api.undo({}) : api.redo({}));
      try {
        const result =
          next.kind === 'revert_batch' ? await tasks.run(which, historyLabel(next.label, t), call, said) : await call();
        if (result) {
          setStatus({ kind: 'saved', text: said(result) });
          onChanged();
        }
      } catch (err) {
        setStatus({
          kind: 'error',
          text: t(which === 'undo' ? 'history.failedUndo' : 'history.failedRedo', { message: messageOf(err) }),
        });
      }
      refresh();
    },
    [labelOf, onChanged, refresh, setStatus, t, tasks],
  );

  /** After a new action (a delete, a restore): says it and that Ctrl+Z takes it back. */
  const done = useCallback(
    (r: ActionResult) => {
      setStatus({ kind: 'saved', text: t('history.done', { label: labelOf(r) }) });
      onChanged();
      refresh();
    },
    [labelOf, onChanged, refresh, setStatus, t],
  );

  return { state, refresh, undo: () => void step('undo'), redo: () => void step('redo'), done };
}

/**
 * Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) on the window while the grid is shown: a reload after an undo
 * takes the focus off the cells, and the next Ctrl+Shift+Z must still reach the log. Text fields keep
 * their own undo.
 */
export function useUndoKeys(history: { undo: () => void; redo: () => void }) {
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      const key = e.key.toLowerCase();
      if (!(e.ctrlKey || e.metaKey) || (key !== 'z' && key !== 'y') || e.defaultPrevented) return;
      if (
        e.target instanceof HTMLElement &&
        e.target.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')
      )
        return;
      e.preventDefault();
      if (key === 'y' || e.shiftKey) history.redo();
      else history.undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [history]);
}
