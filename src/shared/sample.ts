/** The file name under which both hosts import the bundled sample (resources/sample) into a new database. */
export const SAMPLE_FILE_NAME = 'nk-china-published.csv';

/** Whether a database holds only the bundled sample: then the app says so, and how to begin with one's own files. */
export function holdsOnlySample(batches: { fileName: string; status: string }[]): boolean {
  const live = batches.filter((b) => b.status !== 'reverted');
  return live.length > 0 && live.every((b) => b.fileName === SAMPLE_FILE_NAME);
}
