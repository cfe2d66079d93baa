import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Relative base so a build can be served from any folder (GitHub Pages, an intranet share).
  base: './',
  build: { target: 'es2022', sourcemap: true },
});
