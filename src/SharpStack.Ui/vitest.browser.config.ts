import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The browser tests (e2e/*.e2e.ts): Debian's Chromium driven by playwright-core against the real
// server that e2e/globalSetup.ts starts. Node environment, one file at a time (one server, 2 cores).
// Run alone: npm run test:browser (after dotnet build -c Release SharpStack.slnx).
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 90000,
    hookTimeout: 120000,
  },
});
