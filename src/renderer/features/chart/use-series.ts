import { useEffect, useState } from 'react';
import type { Series } from '../../../shared/domain';
import type { Output } from '../../../shared/client';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { rememberAreaNames } from '../../i18n/countries';

export type Flow = 'import' | 'export' | 'total';
export type Selection = { reporter: string; partner: string; flow: Flow };
type Dimensions = Output<'dimensions'>;

/** Prefer the pairing this app is mostly used for, then whatever comes first. */
function pick(current: string, available: string[], preferred: string): string {
  if (current && available.includes(current)) return current;
  if (available.includes(preferred)) return preferred;
  return available[0] ?? '';
}

export function useDimensions(refreshKey: number): { dimensions: Dimensions | null; error: string | null } {
  const [dimensions, setDimensions] = useState<Dimensions | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.dimensions({}).then(
      (d) => live && (rememberAreaNames(d.names), setDimensions(d), setError(null)),
      (err: unknown) => live && setError(messageOf(err)),
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return { dimensions, error };
}

export function useSelection(dimensions: Dimensions | null): [Selection, (s: Selection) => void] {
  const [selection, setSelection] = useState<Selection>({ reporter: '', partner: '', flow: 'total' });
  useEffect(() => {
    if (!dimensions) return;
    setSelection((s) => ({ ...s, reporter: pick(s.reporter, dimensions.reporters, 'CHN'), partner: pick(s.partner, dimensions.partners, 'PRK') }));
  }, [dimensions]);
  return [selection, setSelection];
}

export function useSeries(selection: Selection, refreshKey: number): { series: Series | null; error: string | null } {
  const [series, setSeries] = useState<Series | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { reporter, partner, flow } = selection;
  useEffect(() => {
    if (!reporter || !partner) return;
    let live = true;
    api.series({ reporter, partner, flow, frequency: 'month' }).then(
      (s) => live && (setSeries(s), setError(null)),
      (err: unknown) => live && setError(messageOf(err)),
    );
    return () => {
      live = false;
    };
  }, [reporter, partner, flow, refreshKey]);
  return { series, error };
}
