// Echoes children's output to the console, one "[name] line" at a time, each name in its own colour.
const COLOURS = [36, 33, 35, 32, 34, 91, 96, 93, 95, 92, 94, 90];

export class ConsoleSink {
  private readonly out: NodeJS.WriteStream;
  private readonly partial = new Map<string, string>();
  private readonly colours = new Map<string, number>();
  private readonly width: number;
  private readonly useColour: boolean;

  constructor(names: readonly string[], out: NodeJS.WriteStream = process.stdout) {
    this.width = Math.max(...names.map((n) => n.length), 6);
    this.useColour = out.isTTY === true && !process.env.NO_COLOR;
    names.forEach((n, i) => this.colours.set(n, COLOURS[i % COLOURS.length] ?? 37));
    this.out = out;
  }

  write(name: string, chunk: Buffer): void {
    const text = (this.partial.get(name) ?? '') + chunk.toString('utf8');
    const lines = text.split('\n');
    this.partial.set(name, lines.pop() ?? '');
    for (const line of lines) this.line(name, line);
  }

  flush(name: string): void {
    const rest = this.partial.get(name);
    if (rest) this.line(name, rest);
    this.partial.delete(name);
  }

  /** A message from the supervisor itself. */
  info(message: string): void {
    this.line('stack', message);
  }

  private line(name: string, line: string): void {
    const label = `[${name}]`.padEnd(this.width + 2);
    const colour = this.colours.get(name) ?? 1;
    const prefix = this.useColour ? `\x1b[${colour}m${label}\x1b[0m` : label;
    this.out.write(`${prefix} ${line.replace(/\r$/, '')}\n`);
  }
}
