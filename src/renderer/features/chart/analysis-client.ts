import type { z } from 'zod';
import { AnalysisSeries, Breakdown, Brief, Definition, RecordResult, WatchReport } from '../../../shared/analysis-types';
import { api } from '../../api/client';

/**
 * The analysis methods (issue 4) land in the contract one by one. Views call them through here, by name,
 * and fall back to what `series` alone can show until a method exists. Answers are checked with the shared schemas.
 */
const SCHEMAS = {
  series: AnalysisSeries,
  breakdown: Breakdown,
  brief: Brief,
  seriesRecord: RecordResult,
  watchReport: WatchReport,
  listDefinitions: Definition.array(),
} as const;
export type AnalysisMethod = keyof typeof SCHEMAS;

type Call = (input: unknown) => Promise<unknown>;
const methodOf = (name: string): Call | undefined => (api as unknown as Record<string, Call | undefined>)[name];

export function hasMethod(name: AnalysisMethod): boolean {
  return typeof methodOf(name) === 'function';
}

/** Calls an analysis method if the core offers it; null when it does not (yet). Errors from the core pass through. */
export async function callAnalysis<M extends AnalysisMethod>(name: M, input: unknown): Promise<z.output<(typeof SCHEMAS)[M]> | null> {
  const fn = methodOf(name);
  if (!fn) return null;
  return SCHEMAS[name].parse(await fn(input)) as z.output<(typeof SCHEMAS)[M]>;
}
