import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root and the folders the browser tests use. */
export const repoRoot = resolve(import.meta.dirname, '../../..');
export const uiDist = resolve(import.meta.dirname, '../dist');
export const resultsDir = resolve(repoRoot, '.test-results');
export const screenshotDir = join(resultsDir, 'ui-screenshots');

const releaseDir = (project: string) => join(repoRoot, project, 'bin/Release/net10.0');
export const serverDll = process.env.SHARPSTACK_SERVER_DLL ?? join(releaseDir('src/SharpStack.Server'), 'sharpstack-server.dll');
export const benchDll = process.env.SHARPSTACK_BENCH_DLL ?? join(releaseDir('bench/SharpStack.Bench'), 'sharpstack-bench.dll');

export const ADMIN_PASSWORD = 'browser-test-admin-pw';

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  pid: number;
  stop: () => Promise<void>;
  /** SIGKILL at once if it still runs (for a process that ends without teardown). */
  killNow: () => void;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

/**
 * Starts the real management server (the Release build) on a free loopback port with a fresh
 * data folder and the demo zone, serving the UI from dist/; resolves once /client/health answers.
 */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(serverDll)) {
    throw new Error(`the server is not built: ${serverDll} is missing (run: dotnet build -c Release SharpStack.slnx)`);
  }
  if (!existsSync(join(uiDist, 'index.html'))) {
    throw new Error(`the web UI is not built: ${uiDist}/index.html is missing (run: npm run build)`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'sharpstack-ui-e2e-'));
  const args = [serverDll, '--urls', baseUrl, '--data-dir', dataDir, '--demo', '--admin-password', ADMIN_PASSWORD, '--agent-port', '-1',
    `--UiDir=${uiDist}`, '--Logging:LogLevel:Default=Warning'];
  const child: ChildProcess = spawn('dotnet', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (b: Buffer) => {
    log = (log + b.toString()).slice(-20000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));

  const stop = async () => {
    if (exited === null && child.pid) {
      const gone = new Promise<void>((ok) => child.once('exit', () => ok()));
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(() => exited === null && child.pid && process.kill(child.pid, 'SIGKILL'), 10000);
      await gone;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90000;
  while (Date.now() < deadline) {
    if (exited !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`the server exited with code ${exited} before it answered:\n${log}`);
    }
    try {
      const reply = await fetch(`${baseUrl}/client/health`, { signal: AbortSignal.timeout(2000) });
      if (reply.ok) return { baseUrl, dataDir, pid: child.pid!, stop, killNow: () => void (exited === null && child.kill('SIGKILL')) };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server did not answer /client/health within 90 s:\n${log}`);
}

/** Runs `sharpstack-bench fill`: adds instances straight into the server's database (see bench/README.md). */
export function fillInstances(dataDir: string, account: string, instances: number): Promise<string> {
  if (!existsSync(benchDll)) {
    return Promise.reject(new Error(`the bench is not built: ${benchDll} is missing (run: dotnet build -c Release SharpStack.slnx)`));
  }
  return new Promise((ok, fail) => {
    const child = spawn('dotnet', [benchDll, 'fill', '--data-dir', dataDir, '--account', account, '--instances', String(instances)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const timer = setTimeout(() => child.pid && process.kill(child.pid, 'SIGKILL'), 180000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) ok(out.trim());
      else fail(new Error(`sharpstack-bench fill exited with code ${code}:\n${out}`));
    });
  });
}
