// One JSON file per running child under <state>/pids, so `cli down` (or the next start) can find and
// stop whatever a crashed or killed supervisor left behind.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isAlive, signalGroup, startTicks, waitGroupGone, groupMembers } from './procfs';
import { stopTier } from './stop-order';

export interface PidRecord {
  readonly name: string;
  readonly pid: number; // also the process-group id: children are started detached
  readonly startTicks: number;
  readonly owner: number; // the supervisor that started it
  readonly ownerStartTicks: number;
  readonly command: string;
  readonly startedAt: string;
}

export function writePidRecord(dir: string, name: string, pid: number, command: string): void {
  const record: PidRecord = {
    name,
    pid,
    startTicks: startTicks(pid) ?? -1,
    owner: process.pid,
    ownerStartTicks: startTicks(process.pid) ?? -1,
    command,
    startedAt: new Date().toISOString(),
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(record, null, 2) + '\n');
}

export function removePidRecord(dir: string, name: string): void {
  fs.rmSync(path.join(dir, `${name}.json`), { force: true });
}

export function readPidRecords(dir: string): PidRecord[] {
  if (!fs.existsSync(dir)) return [];
  const records: PidRecord[] = [];
  for (const file of fs.readdirSync(dir)) {
    if (!file.endsWith('.json')) continue;
    try {
      records.push(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as PidRecord);
    } catch {
      fs.rmSync(path.join(dir, file), { force: true });
    }
  }
  return records;
}

/** The pid of another live supervisor that owns children here, if any. */
export function liveForeignOwner(dir: string): number | null {
  for (const r of readPidRecords(dir)) {
    if (r.owner !== process.pid && isAlive(r.owner, r.ownerStartTicks) && isAlive(r.pid, r.startTicks)) {
      return r.owner;
    }
  }
  return null;
}

/**
 * Stops every recorded process group that is still alive (SIGTERM, then SIGKILL after the grace
 * period) and removes the records. A pid whose start time differs was reused by something else and
 * is left alone. Returns the names that were stopped.
 */
export async function stopRecorded(
  dir: string,
  graceMs: number,
  filter: (r: PidRecord) => boolean = () => true,
): Promise<string[]> {
  const stopped: string[] = [];
  const records = readPidRecords(dir).filter(filter);
  const live = records.filter((r) => isAlive(r.pid, r.startTicks) || groupMembers(r.pid).length > 0);
  const tiers = [...new Set(live.map((r) => stopTier(r.name)))].sort((a, b) => a - b);
  for (const tier of tiers) {
    const members = live.filter((r) => stopTier(r.name) === tier);
    for (const r of members) signalGroup(r.pid, 'SIGTERM');
    await Promise.all(
      members.map(async (r) => {
        if (!(await waitGroupGone(r.pid, graceMs))) {
          signalGroup(r.pid, 'SIGKILL');
          await waitGroupGone(r.pid, 5_000);
        }
        stopped.push(r.name);
      }),
    );
  }
  for (const r of records) removePidRecord(dir, r.name);
  return stopped;
}
