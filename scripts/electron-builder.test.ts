import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  files: string[];
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

describe('the packaging config (electron-builder.json; no installer can be built here)', () => {
  it("is valid against electron-builder's own schema", async () => {
    const require = createRequire(join(root, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    const { $schema: _schema, ...rest } = config;
    await expect(validateConfiguration(rest, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...rest, electronFuses: { runAsNod: false } }, { isEnabled: false, add: () => {} }),
    ).rejects.toThrow(/Invalid configuration/);
  });

  it('flips the fuses that let anyone run the app as plain Node or tamper with it', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app into an asar that holds the entry point, and the sample and native bindings beside it', () => {
    expect(config.asar).toBe(true);
    expect(pkg.main).toMatch(/^out\//);
    expect(config.files).toContain('out/**/*');
    expect(config.extraResources).toEqual(
      expect.arrayContaining([expect.objectContaining({ to: 'sample' }), expect.objectContaining({ to: 'native' })]),
    );
    expect(pkg.scripts.package).toContain('electron-builder');
  });
});
