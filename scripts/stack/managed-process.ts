// One supervised child: spawned in its own process group (so a stop reaches everything it forked),
// output appended to <state>/logs/<name>.log and optionally echoed to the console as "[name] …".
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { removePidRecord, writePidRecord } from './pidfiles';
import { groupMembers, signalGroup, waitGroupGone } from './procfs';
import type { ConsoleSink } from './console-sink';

export interface ProcessSpec {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly logFile: string;
}

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export class ManagedProcess {
  private child: ChildProcess | null = null;
  private exitPromise: Promise<ExitInfo> = Promise.resolve({ code: null, signal: null });
  private stopping = false;

  constructor(
    readonly spec: ProcessSpec,
    private readonly pidsDir: string,
    private readonly sink: ConsoleSink | null,
    private readonly onUnexpectedExit: (name: string, exit: ExitInfo) => void,
  ) {}

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves when the child exits (immediately if it is not running). */
  get exited(): Promise<ExitInfo> {
    return this.exitPromise;
  }

  start(): void {
    if (this.running) throw new Error(`${this.spec.name} is already running (pid ${this.pid})`);
    const { name, command, args, env, cwd, logFile } = this.spec;
    const log = fs.createWriteStream(logFile, { flags: 'a' });
    log.write(`\n===== ${new Date().toISOString()} start: ${command} ${args.join(' ')}\n`);
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.stopping = false;
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        // 'exit' can come before the last output of a killed child: the log is closed by then (a write
        // after end would throw in whoever runs the stack), so that output goes to the console sink only.
        if (!log.writableEnded) log.write(chunk);
        this.sink?.write(name, chunk);
      });
    }
    this.exitPromise = new Promise<ExitInfo>((resolve) => {
      let settled = false;
      const finish = (exit: ExitInfo): void => {
        if (settled) return;
        settled = true;
        this.sink?.flush(name);
        log.end(`===== ${new Date().toISOString()} exit: code=${exit.code} signal=${exit.signal}\n`);
        if (!this.stopping) this.onUnexpectedExit(name, exit);
        resolve(exit);
      };
      child.on('error', (err) => {
        if (!log.writableEnded) log.write(`spawn failed: ${err.message}\n`);
        finish({ code: 127, signal: null });
      });
      child.on('exit', (code, signal) => finish({ code, signal }));
    });
    if (child.pid !== undefined) writePidRecord(this.pidsDir, name, child.pid, command);
  }

  /** Sends a signal to the whole group; for terminating signals, waits until the group is gone. */
  async signal(signal: NodeJS.Signals, graceMs: number): Promise<void> {
    const pid = this.pid;
    if (pid === null) return;
    this.stopping = true;
    signalGroup(pid, signal);
    if (!TERMINATING.has(signal)) return;
    const gone = await this.waitGone(pid, graceMs);
    if (!gone) {
      signalGroup(pid, 'SIGKILL');
      await this.waitGone(pid, 5_000);
    }
    removePidRecord(this.pidsDir, this.spec.name);
  }

  /** SIGTERM, then SIGKILL after graceMs. */
  stop(graceMs: number): Promise<void> {
    return this.running || (this.pid !== null && groupMembers(this.pid).length > 0)
      ? this.signal('SIGTERM', graceMs)
      : Promise.resolve();
  }

  /** Last SIGKILL for an exiting supervisor: synchronous, no waiting. */
  killNow(): void {
    if (this.pid !== null && (this.running || groupMembers(this.pid).length > 0)) {
      this.stopping = true;
      signalGroup(this.pid, 'SIGKILL');
    }
  }

  private async waitGone(pid: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const exitedInTime = await Promise.race([
      this.exitPromise.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
    ]);
    if (!exitedInTime) return false;
    return waitGroupGone(pid, Math.max(0, deadline - Date.now()));
  }
}

const TERMINATING = new Set<NodeJS.Signals>(['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGHUP']);
