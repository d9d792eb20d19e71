/**
 * `npm run lint:layers`, part three: SQL only in repositories, and every table written only by its writers
 * (scripts/layers/table-writers.ts). Reads every .ts file under each process's src and shared/src with the
 * TypeScript compiler (./sql-literals.ts). Exits 1 on a violation.
 *
 *   node --import tsx scripts/layers/sql-check.ts            the check
 *   node --import tsx scripts/layers/sql-check.ts --writers  the writers of each table found in the code
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sqlLiterals, tableWrites } from './sql-literals';
import { sqlOutsideRepositories, type Violation, writesOutsideWriters } from './sql-rules';
import { DYNAMIC_TABLES, KNOWN_SECOND_WRITERS, type KnownSecondWriter, TABLE_WRITERS } from './table-writers';

const REPO = path.resolve(__dirname, '..', '..');
const TREES = ['shared/src', 'api/src', 'actors/src', 'sync/src', 'wechatpay-sandbox/src'];

function sourceFiles(): string[] {
  return TREES.flatMap((tree) =>
    fs.readdirSync(path.join(REPO, tree), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => `${tree}/${f.replaceAll(path.sep, '/')}`),
  ).sort();
}

function main(): void {
  const files = sourceFiles().map((file) => ({ file, literals: sqlLiterals(file, fs.readFileSync(path.join(REPO, file), 'utf8')) }));
  if (process.argv.includes('--writers')) return printWriters(files);
  const used = new Set<KnownSecondWriter>();
  const map = { tables: TABLE_WRITERS, dynamic: DYNAMIC_TABLES, known: KNOWN_SECOND_WRITERS };
  const violations: Violation[] = files.flatMap(({ file, literals }) => [
    ...sqlOutsideRepositories(file, literals),
    ...writesOutsideWriters(file, literals, map, used),
  ]);
  for (const known of KNOWN_SECOND_WRITERS) {
    if (used.has(known)) console.warn(`sql check: known second writer of ${known.table} in ${known.file} (${known.why})`);
    else violations.push({ file: 'scripts/layers/table-writers.ts', line: 0, message: `stale KNOWN_SECOND_WRITERS entry: ${known.file} no longer writes ${known.table}; delete the entry` });
  }
  const statements = files.reduce((n, f) => n + f.literals.length, 0);
  if (violations.length === 0) {
    console.log(`sql check: ${statements} SQL statements in ${files.length} files; all in their place, every write by its table's writer`);
    return;
  }
  console.error(`sql check: ${violations.length} violation(s):`);
  for (const v of violations) console.error(`  ${v.file}:${v.line}: ${v.message}`);
  process.exitCode = 1;
}

function printWriters(files: { file: string; literals: { line: number; text: string }[] }[]): void {
  const byTable = new Map<string, Set<string>>();
  for (const { file, literals } of files) {
    if (/\.(spec|test)\.ts$|\/migrations\/|\/seed|^sync\/src\/targets\//.test(file)) continue;
    for (const l of literals) {
      for (const w of tableWrites(l.text)) {
        const tables = w.table === '?' ? DYNAMIC_TABLES[file] ?? ['?'] : [w.table];
        for (const t of tables) {
          if (!byTable.has(t)) byTable.set(t, new Set());
          byTable.get(t)!.add(`${w.kind}${w.columns.length && w.kind === 'update' ? `(${w.columns.join(',')})` : ''} ${file}`);
        }
      }
    }
  }
  for (const table of [...byTable.keys()].sort()) console.log(`${table}\n${[...byTable.get(table)!].sort().map((w) => `  ${w}`).join('\n')}`);
}

main();
