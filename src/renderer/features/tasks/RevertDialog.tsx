import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import './tasks.css';

export type RevertRequest = { batchId: number; fileName: string };

/** Before a revert: how many rows it removes from view (counted now, not as imported), and that Undo brings them back. */
export function RevertDialog({
  batch,
  onConfirm,
  onCancel,
}: {
  batch: RevertRequest;
  onConfirm: (batch: RevertRequest) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [rows, setRows] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    api.listRecords({ batchId: batch.batchId, limit: 1 }).then(
      (page) => live && setRows(page.total),
      () => live && setRows(null),
    );
    return () => {
      live = false;
    };
  }, [batch.batchId]);
  return (
    <Modal labelledBy={titleId} onClose={onCancel} className="revert-dialog" testId="revert-dialog">
      <header className="modal__header">
        <h2 id={titleId}>{t('revert.title', { file: batch.fileName })}</h2>
      </header>
      <div className="modal__body">
        <p>{rows === null ? '…' : t('revert.body', { count: rows })}</p>
        <p className="hint">{t('revert.keep')}</p>
      </div>
      <footer className="modal__footer">
        <button type="button" className="button button--quiet" onClick={onCancel} autoFocus>
          {t('revert.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={rows === null}
          onClick={() => onConfirm(batch)}
        >
          {t('revert.confirm', { count: rows ?? 0 })}
        </button>
      </footer>
    </Modal>
  );
}
