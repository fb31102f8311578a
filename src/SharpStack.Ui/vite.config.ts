/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves the built app at /client/ (src/SharpStack.Server/UiHosting.cs); in `npm run dev`
// the API calls go to a server started by ./run.sh on 127.0.0.1:8080.
export default defineConfig({
  base: '/client/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/client/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
      '/client/health': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    // Both cores: the default leaves one idle on a 2-core machine, and the suite runs alone in test.sh.
    maxWorkers: 2,
  },
});
