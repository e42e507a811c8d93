import { useEffect, useState } from 'react';
import type { Output } from '../../shared/client';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { rememberAreaNames } from '../i18n/countries';

type Dimensions = Output<'dimensions'>;

/** The reporters, partners and names the database holds; the names also feed useCountryName()/useCountryLabel(). */
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
