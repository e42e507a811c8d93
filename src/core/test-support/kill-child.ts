import { spawn } from 'node:child_process';

/**
 * Runs a TypeScript child (through tsx) and SIGKILLs it `delayMs` after it prints its first line,
 * "ready". Resolves with every line it printed: pipes are synchronous on Linux, so the last line says
 * what the child was doing when it died.
 */
export function runAndKill(
  script: string,
  args: string[],
  delayMs: number,
): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let armed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!armed && out.startsWith('ready\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('error', reject);
    child.on('close', (_code, signal) =>
      resolve({ lines: out.split('\n').filter(Boolean), killed: signal === 'SIGKILL' }),
    );
  });
}
