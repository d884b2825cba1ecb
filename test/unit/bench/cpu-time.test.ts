import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { childrenCpuMs, cpuMsOf, cpuOfRunning } from '../../../bench/lib/timing.js';

describe('CPU time of processes (/proc)', () => {
  it('reads what a process has used, growing while it works', async () => {
    const before = await cpuMsOf(process.pid);
    assert.ok(before !== undefined && before > 0);
    // Spin for 300 ms of this process's own CPU time (not wall time: the machine may be busy).
    const start = process.cpuUsage();
    while (process.cpuUsage(start).user < 300_000);
    const after = (await cpuMsOf(process.pid))!;
    assert.ok(after - before >= 250, `${before} → ${after}`);
  });

  it('is undefined for a process that does not exist', async () => {
    assert.equal(await cpuMsOf(2 ** 22 + 12345), undefined);
  });

  it('counts the CPU time of children this process waited for, not its own', async () => {
    const before = await childrenCpuMs();
    const start = process.cpuUsage();
    while (process.cpuUsage(start).user < 200_000);
    assert.ok((await childrenCpuMs()) - before < 100, 'its own CPU time is not counted');
    const busy = 'const s = process.cpuUsage(); while (process.cpuUsage(s).user < 400000);';
    spawnSync(process.execPath, ['-e', busy]);
    const used = (await childrenCpuMs()) - before;
    assert.ok(used >= 350, `the child used ${used} ms`);
  });

  it('follows a child until it ends and keeps its last reading', async () => {
    const busy = 'const s = process.cpuUsage(); while (process.cpuUsage(s).user < 400000);';
    const child = spawn(process.execPath, ['-e', busy]);
    const cpu = cpuOfRunning(child.pid!, 20);
    await new Promise((resolve) => child.once('exit', resolve));
    const ms = await cpu.stop();
    assert.ok(ms >= 250, `child used ${ms} ms`);
  });
});
