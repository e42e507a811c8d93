import { useEffect, useState } from 'react';
import type { Batch } from '../../../shared/domain';
import type { Output } from '../../../shared/client';
import { isMethod } from '../../../shared/contract';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';

export type Named = { id: string | number; name: string };

/** Lists another part of the app adds to the contract (definitions, saved views); empty until they land. */
async function optionalList(method: string): Promise<Named[]> {
  if (!isMethod(method)) return [];
  const fn = (api as unknown as Record<string, (i: unknown) => Promise<unknown>>)[method];
  const out = await fn?.({});
  const list = Array.isArray(out) ? out : [];
  return list.flatMap((x: unknown) => {
    if (typeof x !== 'object' || x === null) return [];
    const o = x as Record<string, unknown>;
    const name = typeof o.name === 'string' ? o.name : null;
    const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : name;
    return name !== null && id !== null ? [{ id, name }] : [];
  });
}

export type WorkspaceData = {
  info: Output<'appInfo'> | null;
  batches: Batch[];
  definitions: Named[];
  views: Named[];
  error: string | null;
};

/** What the sidebar and the Imports tab show, reloaded whenever the data changes. */
export function useWorkspaceData(refreshKey: number): WorkspaceData {
  const [data, setData] = useState<WorkspaceData>({ info: null, batches: [], definitions: [], views: [], error: null });
  useEffect(() => {
    let live = true;
    Promise.all([api.appInfo({}), api.listBatches({}), optionalList('listDefinitions').catch(() => []), optionalList('listViews').catch(() => [])]).then(
      ([info, batches, definitions, views]) => live && setData({ info, batches, definitions, views, error: null }),
      (err: unknown) => live && setData((d) => ({ ...d, error: messageOf(err) })),
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return data;
}
