import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

/**
 * public/theme-boot.js puts the saved theme on <html> before the first paint: a classic script, in <head> so that
 * nothing is painted before it runs. Added last there, after the stylesheet and module scripts the build adds
 * (order 'post'), so the three are fetched together: first at the top of <head>, it was fetched alone and they
 * only after it (cold first paint 300-320 ms here, against 244 with this and minifying).
 */
const themeBootLast: Plugin = {
  name: 'theme-boot-last',
  transformIndexHtml: {
    order: 'post',
    handler: () => [{ tag: 'script', attrs: { src: './theme-boot.js' }, injectTo: 'head' }],
  },
};

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // The core's utility process is an entry of its own (main forks it by file name), and so are the
      // parser worker and the Parquet export's second reader: the import and export workers (threads of
      // the core process) start them by file name.
      lib: {
        entry: {
          index: resolve(root, 'src/main/index.ts'),
          'core-process': resolve(root, 'src/main/core-process.ts'),
          'parse-worker': resolve(root, 'src/core/import/pipeline/parse-worker.ts'),
          'parquet-lines-worker': resolve(root, 'src/core/export/parquet-lines-worker.ts'),
        },
      },
      // package.json dependencies (better-sqlite3 with its native addon, zod, iconv-lite) load from
      // node_modules at run time instead of being bundled.
      externalizeDeps: { include: ['better-sqlite3'] },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      lib: { entry: resolve(root, 'src/preload/index.ts') },
      // A sandboxed preload can `require('electron')` and nothing else: one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    // Relative URLs so the same build loads from app://tidemark/ and from the browser host.
    base: './',
    plugins: [react(), themeBootLast],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified: minified, the scripts run before the first paint are half the size.
      minify: true,
      rolldownOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
  },
});
