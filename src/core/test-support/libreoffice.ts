import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** Headless LibreOffice, where installed (.ci/run installs it; CI=true makes its absence a failure). */
export const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find(existsSync) ?? null;
export const skipWithoutSoffice = !soffice && process.env.CI !== 'true';
export const SOFFICE_MISSING =
  'needs LibreOffice (apt-get install -y libreoffice-calc-nogui); skipped because soffice is absent and CI is not set';

/**
 * Converts `file` with headless LibreOffice (`target` as --convert-to takes it) and returns the path
 * written. A CSV is opened as a person would open ours: UTF-8, comma-separated, formulas evaluated.
 */
export function libreOfficeConvert(file: string, outDir: string, target: string, ext: string): string {
  if (!soffice) throw new Error('CI=true but LibreOffice is not installed: apt-get install -y libreoffice-calc-nogui');
  mkdirSync(outDir, { recursive: true });
  // An HTML table is read as a spreadsheet reads a pasted one (Calc's HTML import), not opened as a page.
  const infilter = file.toLowerCase().endsWith('.csv')
    ? ['--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,-1,true']
    : file.toLowerCase().endsWith('.html')
      ? ['--infilter=HTML (StarCalc)']
      : [];
  const r = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${outDir}/profile`,
      '--headless',
      ...infilter,
      '--convert-to',
      target,
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const out = readdirSync(outDir).find((f) => f.endsWith(`.${ext}`));
  if (!out) throw new Error(`LibreOffice did not convert ${file}: ${r.stderr}${r.stdout}`);
  return join(outDir, out);
}

/** The ODS content.xml LibreOffice makes of a file: a formula would be a table:formula attribute. */
export function libreOfficeContent(file: string, outDir: string): string {
  return strFromU8(unzipSync(readFileSync(libreOfficeConvert(file, outDir, 'ods', 'ods')))['content.xml']!);
}
