import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev` finds the API; `npm start` listens there by default. */
const API = process.env.PARTNERGRAPH_API ?? 'http://127.0.0.1:4000';

/**
 * The explorer (web/). `vite build` writes dist/web, which `npm start` serves
 * next to the API (scripts/build-web.ts rebuilds it when web/ changes);
 * `npm run dev` serves web/ with hot reload and forwards API calls to a
 * running `npm start`.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'web'),
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    // cytoscape + fcose are most of the bundle (~600 kB minified, ~190 kB
    // gzipped); the warning at 500 kB would fire on every build for no action.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/graphql': API,
      '/export': API,
    },
  },
});
