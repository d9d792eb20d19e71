// Owns the children of one stack: starts them, stops them (group-wide, SIGTERM then SIGKILL), runs
// one-shot commands (migrations, seed) and, if this process dies, takes its children with it.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { logFile, type StackConfig } from './config';
import { ConsoleSink } from './console-sink';
import { ManagedProcess, type ExitInfo, type ProcessSpec } from './managed-process';

export type SpecInput = Omit<ProcessSpec, 'logFile'>;

const live = new Set<Supervisor>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort when the owner exits without stop(): no orphans, even then.
  process.on('exit', () => {
    for (const s of live) s.killAllNow();
  });
}

export class Supervisor {
  private readonly processes = new Map<string, ManagedProcess>();
  private sink: ConsoleSink | null = null;

  constructor(private readonly cfg: StackConfig) {
    fs.mkdirSync(cfg.logsDir, { recursive: true });
    fs.mkdirSync(cfg.pidsDir, { recursive: true });
    installExitHook();
    live.add(this);
  }

  /** Echo children's output to the console from now on. */
  streamTo(names: readonly string[]): void {
    this.sink = new ConsoleSink(['stack', ...names]);
  }

  info(message: string): void {
    if (this.sink) this.sink.info(message);
  }

  get(name: string): ManagedProcess | undefined {
    return this.processes.get(name);
  }

  isRunning(name: string): boolean {
    return this.processes.get(name)?.running ?? false;
  }

  /** Starts (or restarts, with the same spec) a named child; the caller waits for readiness. */
  start(input: SpecInput): ManagedProcess {
    const existing = this.processes.get(input.name);
    if (existing?.running) throw new Error(`${input.name} is already running (pid ${existing.pid})`);
    const proc = new ManagedProcess(
      { ...input, logFile: logFile(this.cfg, input.name) },
      this.cfg.pidsDir,
      this.sink,
      (name, exit) => this.reportExit(name, exit),
    );
    this.processes.set(input.name, proc);
    proc.start();
    return proc;
  }

  async stop(name: string, graceMs = this.cfg.stopGraceMs): Promise<void> {
    await this.processes.get(name)?.stop(graceMs);
  }

  async signal(name: string, signal: NodeJS.Signals): Promise<void> {
    const proc = this.processes.get(name);
    if (!proc?.running) throw new Error(`${name} is not running`);
    await proc.signal(signal, this.cfg.stopGraceMs);
  }

  /** Stops the named children one after the other, in the given order. */
  async stopInOrder(names: readonly string[]): Promise<void> {
    for (const name of names) await this.stop(name);
    // Anything started outside the ordered list goes last.
    for (const name of this.processes.keys()) await this.stop(name);
    live.delete(this);
  }

  killAllNow(): void {
    for (const proc of this.processes.values()) proc.killNow();
  }

  /** Runs a one-shot command to completion; output goes to <logs>/<name>.log. Returns its stdout. */
  async runOnce(input: SpecInput, timeoutMs: number): Promise<string> {
    const file = logFile(this.cfg, input.name);
    const log = fs.createWriteStream(file, { flags: 'a' });
    log.write(`\n===== ${new Date().toISOString()} run: ${input.command} ${input.args.join(' ')}\n`);
    const child = spawn(input.command, input.args, { cwd: input.cwd, env: input.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        log.write(chunk);
        this.sink?.write(input.name, chunk);
      });
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const exit = await new Promise<ExitInfo>((resolve) => {
      child.on('error', (err) => {
        log.write(`spawn failed: ${err.message}\n`);
        resolve({ code: 127, signal: null });
      });
      child.on('exit', (code, signal) => resolve({ code, signal }));
    });
    clearTimeout(timer);
    this.sink?.flush(input.name);
    await new Promise<void>((resolve) => log.end(`===== exit: code=${exit.code} signal=${exit.signal}\n`, resolve));
    if (exit.code !== 0) {
      throw new Error(`${input.name} failed (code ${exit.code}, signal ${exit.signal}); read ${file}`);
    }
    return stdout;
  }

  private reportExit(name: string, exit: ExitInfo): void {
    const message = `${name} exited unexpectedly (code ${exit.code}, signal ${exit.signal}); log: ${logFile(this.cfg, name)}`;
    if (this.sink) this.sink.info(message);
    else process.stderr.write(`[stack] ${message}\n`);
  }
}
