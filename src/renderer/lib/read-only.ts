import { createContext, useContext } from 'react';
import type { ReadOnly } from '../../shared/contract';

/**
 * The open database is a Parquet dataset, read-only (appInfo.readOnly), or null for one's own database.
 * The workspace provides it; editing, importing and reverting switch themselves off where it is set.
 */
export const ReadOnlyContext = createContext<ReadOnly | null>(null);
export const useReadOnly = (): ReadOnly | null => useContext(ReadOnlyContext);
