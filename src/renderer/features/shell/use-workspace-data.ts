import { useEffect, useState } from 'react';
import type { Batch } from '../../../shared/domain';
import type { Output } from '../../../shared/client';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';

export type Named = { name: string; detail: string };

export type WorkspaceData = {
  info: Output<'appInfo'> | null;
  batches: Batch[];
  definitions: Named[];
  views: Named[];
  error: string | null;
};

/** What the sidebar and the Imports tab show, reloaded whenever `refreshKey` changes. */
export function useWorkspaceData(refreshKey: string): WorkspaceData {
  const [data, setData] = useState<WorkspaceData>({ info: null, batches: [], definitions: [], views: [], error: null });
  useEffect(() => {
    let live = true;
    Promise.all([api.appInfo({}), api.listBatches({}), api.listDefinitions({}), api.listViews({})]).then(
      ([info, batches, defs, views]) =>
        live &&
        setData({
          info,
          batches,
          definitions: defs.map((d) => ({ name: d.name, detail: [d.label, d.note].filter(Boolean).join(' — ') })),
          views: views.map((v) => ({ name: v.name, detail: v.updatedAt })),
          error: null,
        }),
      (err: unknown) => live && setData((d) => ({ ...d, error: messageOf(err) })),
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return data;
}
