import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, rendererResponse } from './protocol';

vi.mock('electron', () => ({ protocol: {} }));

const dir = mkdtempSync(join(tmpdir(), 'tidemark-protocol-'));
mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Tidemark</title>');
writeFileSync(join(dir, 'renderer', 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(dir, 'secret.txt'), 'not for the page');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => rendererResponse(join(dir, 'renderer'), new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the app page with a CSP that allows no eval and no remote origin', async () => {
    const response = await get('app://tidemark/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Tidemark</title>');
    const csp = response.headers.get('content-security-policy');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
  });

  it('serves scripts as JavaScript so module scripts run', async () => {
    const response = await get('app://tidemark/assets/index-abc.js');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('serves nothing outside the renderer folder or for another host', async () => {
    expect((await get('app://tidemark/..%2Fsecret.txt')).status).toBe(404);
    expect((await get('app://tidemark/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://tidemark/missing.js')).status).toBe(404);
  });

  it('refuses writes', async () => {
    expect((await get('app://tidemark/index.html', 'POST')).status).toBe(405);
  });
});
