// What Linux says about processes, read from /proc: start times (to tell a live process from a
// reused pid) and process-group members (to prove nothing was left behind).
import * as fs from 'node:fs';

interface ProcStat {
  readonly state: string;
  readonly pgrp: number;
  readonly startTicks: number;
}

function readStat(pid: number): ProcStat | null {
  let raw: string;
  try {
    raw = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // "pid (comm) state ppid pgrp session … starttime(22nd field) …"; comm may contain spaces.
  const rest = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
  return { state: rest[0] ?? '?', pgrp: Number(rest[2]), startTicks: Number(rest[19]) };
}

/** Start time of a live (non-zombie) process in clock ticks since boot, or null. */
export function startTicks(pid: number): number | null {
  const stat = readStat(pid);
  return stat && stat.state !== 'Z' ? stat.startTicks : null;
}

export function isAlive(pid: number, expectedStartTicks?: number): boolean {
  const ticks = startTicks(pid);
  if (ticks === null) return false;
  return expectedStartTicks === undefined || ticks === expectedStartTicks;
}

/** Live (non-zombie) members of a process group. */
export function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat && stat.pgrp === pgid && stat.state !== 'Z') members.push(Number(entry));
  }
  return members;
}

/** Sends a signal to a whole process group; false if the group no longer exists. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw err;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until a process group has no live member; true if it emptied in time. */
export async function waitGroupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupMembers(pgid).length > 0) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}
