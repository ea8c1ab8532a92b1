/**
 * Vite configuration of the viewer: a static page (index.html) that runs @kedja/core in the browser.
 * The `source` condition resolves workspace packages to their TypeScript sources, as everywhere in
 * the repository. Relative asset paths (`base: './'`) let `kedja serve` mount the page anywhere.
 */
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
