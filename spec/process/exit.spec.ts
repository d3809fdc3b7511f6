import { spawn } from 'node:child_process';
import { join } from 'node:path';

const fixtures = join(__dirname, 'fixtures');
const LIMIT_MS = 15_000;

function runNode(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', join(fixtures, 'ts-hook.cjs'), join(fixtures, script)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('a real Node process', () => {
  it(
    'exits by itself once its work on interval frames is done',
    async () => {
      const { code, stdout, stderr } = await runNode('exit-script.ts');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const [seen, exit, ...rest] = stdout.trim().split('\n');
      // ticks: one per frame from frame 0 to 4 (fewer only if a stalled frame deferred it)
      expect(seen).toMatch(/^seen: a,b,complete,end,ms; ticks: [1-5]$/);
      expect(exit).toBe('exit 0: framesActive=false pending=0');
      expect(rest).toEqual([]);
    },
    LIMIT_MS + 10_000,
  );
});
