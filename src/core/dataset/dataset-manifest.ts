import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { AppError } from '../../shared/errors';
import { SCHEMA_VERSION } from '../db/migrate';
import { MANIFEST_FILE } from '../export/parquet-manifest';
import { PARQUET_LAYOUT_VERSION } from '../export/parquet-schema';

/** What opening a dataset reads from `_tidemark.json` (parquet-manifest.ts writes it); other fields are ignored. */
const Manifest = z.object({
  producer: z.literal('Tidemark'),
  schemaVersion: z.number().int().positive(),
  layoutVersion: z.number().int().positive(),
  exportedAt: z.string(),
  rows: z.number().int().nonnegative(),
  batches: z.array(
    z.object({
      id: z.number().int().positive(),
      fileName: z.string(),
      format: z.string(),
      sha256: z.string(),
      importedAt: z.string().nullable(),
      rows: z.number().int().nonnegative(),
      scope: z.array(
        z.object({
          reporter: z.string(),
          flow: z.string(),
          freq: z.enum(['month', 'year']),
          periodMonths: z.number().int().min(1).max(12),
          family: z.string(),
          allPartners: z.boolean(),
          allGoods: z.boolean(),
          inferred: z.boolean(),
          periods: z.array(z.string()),
        }),
      ),
      partnersListed: z.array(z.string()).optional(),
    }),
  ),
  files: z.array(z.object({ path: z.string(), rows: z.number().int().nonnegative(), bytes: z.number().int() })),
});
export type DatasetManifest = z.infer<typeof Manifest>;

/** A dataset folder's manifest, checked, with a hash of its text that names the dataset's local copy. */
export type Dataset = { dir: string; manifest: DatasetManifest; sha256: string };

/** `why` picks the catalog's reason (dataset.invalid); the params fill it in. */
const invalid = (
  dir: string,
  why: 'noManifest' | 'badJson' | 'badManifest' | 'missing' | 'size',
  params: Record<string, string> = {},
) =>
  new AppError('dataset_invalid', {
    key: 'dataset.invalid',
    params: { dir, why, manifest: MANIFEST_FILE, ...params },
  });

/** Whether `dir` looks like a dataset (a folder with `_tidemark.json`), without reading it. */
export function isDatasetDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && statSync(join(dir, MANIFEST_FILE)).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads and checks a dataset's manifest: written by Tidemark, in a layout and schema this version
 * reads, and every Parquet file it lists present at the size it names (a copy cut short, or a file
 * replaced after the export, is refused rather than read as fewer rows).
 */
export function readDataset(dir: string): Dataset {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw invalid(dir, 'noManifest');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid(dir, 'badJson');
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(dir, 'badManifest', {
      detail: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'unexpected content'}`,
    });
  }
  const manifest = parsed.data;
  if (manifest.layoutVersion > PARQUET_LAYOUT_VERSION || manifest.schemaVersion > SCHEMA_VERSION)
    throw new AppError('db_from_future', {
      key: 'dataset.fromFuture',
      params: {
        dir,
        layout: String(manifest.layoutVersion),
        schema: String(manifest.schemaVersion),
        knownLayout: String(PARQUET_LAYOUT_VERSION),
        knownSchema: String(SCHEMA_VERSION),
      },
    });
  for (const f of manifest.files) {
    let size: number;
    try {
      size = statSync(join(dir, f.path)).size;
    } catch {
      throw invalid(dir, 'missing', { file: f.path });
    }
    if (size !== f.bytes) throw invalid(dir, 'size', { file: f.path, size: String(size), expected: String(f.bytes) });
  }
  return { dir, manifest, sha256: createHash('sha256').update(text).digest('hex') };
}
