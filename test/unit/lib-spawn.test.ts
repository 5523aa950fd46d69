/** spawnAsync: spawnSync's answer without holding the event loop (scripts/lib/spawn.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnAsync } from '../../scripts/lib/spawn.ts';

const dir = mkdtempSync(join(tmpdir(), 'fxa-spawn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spawnAsync', () => {
  it('answers with the exit status and stdout and stderr apart', async () => {
    const r = await spawnAsync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
    expect(r).toEqual({ status: 3, signal: null, stdout: 'out\n', stderr: 'err\n' });
  });

  it('feeds the input to stdin, and runs in the directory and environment given', async () => {
    const r = await spawnAsync('sh', ['-c', 'cat; pwd; echo "$GREETING"'], { input: 'line one\n', cwd: dir, env: { PATH: process.env.PATH, GREETING: 'hello' } });
    expect(r.stdout).toBe(`line one\n${dir}\nhello\n`);
    expect(r.status).toBe(0);
  });

  it('closes stdin when there is no input, so a reader ends', async () => {
    expect((await spawnAsync('cat', [])).stdout).toBe('');
  });

  it('survives a child that exits without reading a large input', async () => {
    const r = await spawnAsync('true', [], { input: 'x'.repeat(4 << 20) });
    expect(r.status).toBe(0);
  });

  it('stops a child past its timeout, answering with the signal', async () => {
    const r = await spawnAsync('sleep', ['30'], { timeout: 100 });
    expect(r.status).toBeNull();
    expect(r.signal).toBe('SIGTERM');
  });

  it('answers with the error when the command does not exist', async () => {
    const r = await spawnAsync(join(dir, 'no-such-command'), []);
    expect(r.error?.message).toContain('ENOENT');
    expect(r.status).not.toBe(0);
  });

  it('keeps the event loop turning while the child runs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await spawnAsync('sleep', ['0.3']);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
