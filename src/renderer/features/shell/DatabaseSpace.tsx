import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CompactReport, DatabaseSpace as Space } from '../../../shared/database-status';
import { api } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { useTasks } from '../tasks';

/**
 * Under the open database: the free space inside its file, when giving it back is worth a minute (an
 * upgrade or a large revert left it), and a Compact button that asks first, naming the disk space and
 * time it takes. The work runs as a task with the others' bar (its Cancel leaves the file as it was).
 */
export function DatabaseSpace({ space, fileName }: { space: Space; fileName: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tasks = useTasks();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<CompactReport | null>(null);

  const said = (r: CompactReport, tr: TFunction = t) =>
    tr('compact.done', { before: f.megabytes(r.beforeBytes), after: f.megabytes(r.afterBytes) });
  if (done)
    return (
      <p className="sidebar__space muted" role="status" data-testid="db-space">
        {said(done)}
      </p>
    );
  if (!space.worthIt) return null;

  const compact = async () => {
    setBusy(true);
    const r = await tasks.run('compact', fileName, () => api.compactDatabase({}), said);
    setBusy(false);
    setConfirming(false);
    if (r) setDone(r);
  };
  const reclaimable = f.megabytes(space.reclaimableBytes);
  return (
    <div className="sidebar__space" data-testid="db-space">
      <p>
        {space.upgradedFrom !== null
          ? t('compact.offerUpgraded', { reclaimable })
          : t('compact.offer', { reclaimable })}
      </p>
      {confirming ? (
        <>
          <p className="muted">
            {t('compact.confirm', { needed: f.megabytes(space.neededBytes), time: f.duration(space.estimateSeconds) })}
          </p>
          <div className="sidebar__space-actions">
            <button type="button" className="button button--small" disabled={busy} onClick={() => void compact()}>
              {busy ? t('compact.running') : t('compact.go')}
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              {t('compact.cancel')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
          {t('compact.button')}
        </button>
      )}
    </div>
  );
}
