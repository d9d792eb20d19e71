/**
 * The two SQL rules of the layering check, as pure functions over the statements found in each file
 * (./sql-literals.ts): SQL only in repositories, and every table written only by its writers (./table-writers.ts).
 */
import { type SqlLiteral, tableWrites, type WriteKind } from './sql-literals';
import type { KnownSecondWriter, WriterRule } from './table-writers';

/** Files where SQL may live although they are no repository, each with its reason. */
export const SQL_PLACES: { pattern: RegExp; why: string }[] = [
  { pattern: /\.repository\.ts$/, why: 'repositories: the place for SQL' },
  { pattern: /\.sql\.ts$/, why: 'SQL builders: pure functions that compose SQL text for repositories (no database access)' },
  { pattern: /\.(spec|test)\.ts$/, why: 'specs assert on the SQL their subject builds or seed their fixtures' },
  { pattern: /^shared\/src\/db\/migrations\//, why: 'migrations: the schema itself' },
  { pattern: /^shared\/src\/db\/seed(\.ts$|\/)/, why: 'seed: demo and test data' },
  { pattern: /^shared\/src\/db\/server\.ts$/, why: 'database runtime: creates the database and reads the server version' },
  { pattern: /^shared\/src\/db\/utc-pool\.ts$/, why: 'database runtime: every connection in UTC (one hook for every process)' },
  { pattern: /^shared\/src\/db\/lean-sql\.ts$/, why: 'database runtime: the lean transactions of every process (START TRANSACTION, COMMIT, ROLLBACK)' },
  { pattern: /^sync\/src\/targets\//, why: "sync targets: the brand's external database in its own dialect, not DMH's tables" },
];

/** Where writes are not checked against the map: the schema and its data, and databases other than DMH's. */
const WRITES_UNCHECKED = /\.(spec|test)\.ts$|^shared\/src\/db\/(migrations\/|seed)|^sync\/src\/targets\//;

export function sqlAllowedIn(file: string): boolean {
  return SQL_PLACES.some((p) => p.pattern.test(file));
}

export interface Violation {
  file: string;
  line: number;
  message: string;
}

export function sqlOutsideRepositories(file: string, literals: readonly SqlLiteral[]): Violation[] {
  if (sqlAllowedIn(file)) return [];
  return literals.map((l) => ({
    file, line: l.line,
    message: `SQL outside a repository: "${oneLine(l.text)}" (move it into a *.repository.ts of this folder)`,
  }));
}

const isWriter = (file: string, writers: readonly string[]) => writers.some((w) => (w.endsWith('/') ? file.startsWith(w) : file === w));
const covers = (rule: WriterRule, kind: WriteKind) => !rule.kinds || rule.kinds.includes(kind);

export interface WriterMap {
  tables: Record<string, WriterRule[]>;
  dynamic: Record<string, string[]>;
  known: readonly KnownSecondWriter[];
}

/**
 * Writes outside their table's writers. An UPDATE is checked column by column: a column may be written by the
 * rules naming it and by the table's rules that name no column. `used` collects the known second writers met.
 */
export function writesOutsideWriters(file: string, literals: readonly SqlLiteral[], map: WriterMap, used = new Set<KnownSecondWriter>()): Violation[] {
  if (WRITES_UNCHECKED.test(file)) return [];
  const violations: Violation[] = [];
  for (const literal of literals) {
    for (const write of tableWrites(literal.text)) {
      const tables = write.table === '?' ? map.dynamic[file] ?? [] : [write.table];
      if (tables.length === 0) {
        violations.push({ file, line: literal.line, message: `${write.kind} into a table named at run time: list the tables this file may write in DYNAMIC_TABLES (scripts/layers/table-writers.ts)` });
      }
      for (const table of tables) {
        const rules = map.tables[table];
        if (!rules) {
          violations.push({ file, line: literal.line, message: `${write.kind} on ${table}, a table with no writer in scripts/layers/table-writers.ts: name its one writer there` });
          continue;
        }
        const groups = write.kind === 'update' && write.columns.length > 0 ? write.columns.map((c) => [c]) : [[] as string[]];
        for (const columns of groups) {
          const applicable = rules.filter((r) => covers(r, write.kind) && (columns.length === 0 ? true : !r.columns || r.columns.includes(columns[0])));
          if (applicable.some((r) => isWriter(file, r.writers))) continue;
          const known = map.known.find((k) => k.table === table && k.file === file && (!k.columns || columns.every((c) => k.columns!.includes(c))));
          if (known) {
            used.add(known);
            continue;
          }
          const what = columns.length > 0 ? `${table}.${columns[0]}` : table;
          const allowed = applicable.flatMap((r) => r.writers);
          violations.push({
            file, line: literal.line,
            message: `second writer: ${write.kind} on ${what}, which only ${allowed.length > 0 ? allowed.join(', ') : '(nobody)'} may ${write.kind} (${applicable.map((r) => r.why).join('; ') || 'no rule'})`,
          });
        }
      }
    }
  }
  return violations;
}

function oneLine(sql: string): string {
  const text = sql.replace(/\s+/g, ' ').trim();
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
}
