import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { screenshotDir, startServer, type RunningServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}

let server: RunningServer | undefined;

/** One real server for all browser tests: started before them, stopped (by its PID) after them. */
export async function setup(project: TestProject) {
  rmSync(screenshotDir, { recursive: true, force: true });
  server = await startServer();
  // Should this process end without teardown (a signal, a crash), the server goes with it.
  const running = server;
  process.once('exit', () => {
    running.killNow();
    rmSync(running.dataDir, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
  console.log(`browser tests: server pid ${server.pid} at ${server.baseUrl}, data in ${server.dataDir}`);
  project.provide('baseUrl', server.baseUrl);
  project.provide('dataDir', server.dataDir);
}

export async function teardown() {
  await server?.stop();
}
