import { useEffect } from 'react';
import { api } from '../api/client';
import { knowsAreaNames, rememberAreaNames } from './countries';

/**
 * For a view that shows reporter and partner codes without loading the pickers' dimensions (the grid):
 * asks the core for the names of every code held, once, and again when `refreshKey` says data changed.
 */
export function useAreaNames(refreshKey: number): void {
  useEffect(() => {
    if (refreshKey === 0 && knowsAreaNames()) return;
    let live = true;
    api.dimensions({}).then(
      (d) => live && rememberAreaNames(d.names),
      () => {}, // names are a nicety here: codes still show
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);
}
