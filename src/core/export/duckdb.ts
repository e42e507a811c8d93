import { createRequire } from 'node:module';

export type DuckDbApi = typeof import('@duckdb/node-api');

/**
 * DuckDB's Node API, loaded when an export first needs it: a native addon of about 60 MB that no
 * other command should pay for at start. Loaded with require() from node_modules, never bundled.
 */
export function loadDuckDb(): DuckDbApi {
  return createRequire(import.meta.url)('@duckdb/node-api') as DuckDbApi;
}

/** A text (a path, a name) as a DuckDB string literal's body: its quotes doubled. */
export const duckText = (s: string) => s.replace(/'/g, "''");
