/**
 * SQL in TypeScript sources, found with the TypeScript compiler (literals in the syntax tree, not a regex over
 * the file): every string or template literal, or `+` chain of them, whose text is a SQL statement; and, for
 * the statements that write, which table and columns they write. Pure: text in, findings out.
 */
import ts from 'typescript';

/** A literal (or concatenation) holding a SQL statement; `${…}` placeholders read as `?`. */
export interface SqlLiteral {
  line: number;
  text: string;
}

export type WriteKind = 'insert' | 'update' | 'delete';

/** One table written by a statement: its columns (for an UPDATE, those after SET; for an INSERT, its column list). */
export interface TableWrite {
  table: string;
  kind: WriteKind;
  /** Empty when the statement does not name them (INSERT … SELECT without a list, DELETE: the whole row). */
  columns: string[];
}

/**
 * Whether a text is (or holds) a SQL statement. SQL here is written in capitals, so the keywords must be:
 * an English sentence like "select a campaign from the list" is not SQL.
 */
const STATEMENTS: RegExp[] = [
  /\bSELECT\b[\s\S]*?\bFROM\b/,
  /^\s*\(?\s*SELECT\s+\S/,
  /\bINSERT\s+(?:IGNORE\s+)?INTO\b/,
  /\bUPDATE\s+`?[\w?]+`?(?:\s+(?:AS\s+)?\w+)?\s[\s\S]*?\bSET\b/,
  /\bDELETE\s+(?:\w+\s+)?FROM\b/,
  /\bREPLACE\s+INTO\b/,
  /^\s*(?:START\s+TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT\s|RELEASE\s+SAVEPOINT|SET\s+(?:SESSION|GLOBAL|NAMES|TRANSACTION|time_zone|@@?\w))\b/,
  /\b(?:CREATE|ALTER|DROP)\s+(?:TEMPORARY\s+)?(?:TABLE|INDEX|VIEW|DATABASE)\b/,
  /\bTRUNCATE\s+(?:TABLE\s+)?`?\w+/,
  /\bMERGE\s+INTO\b/,
];

export function isSqlStatement(text: string): boolean {
  return STATEMENTS.some((re) => re.test(text));
}

/** The SQL statements among the literals of one source file. */
export function sqlLiterals(fileName: string, source: string): SqlLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: SqlLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null) {
      if (isSqlStatement(text)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
      // A concatenation was read whole; what else it joins (calls, templates' expressions) may hold more SQL.
      if (ts.isBinaryExpression(node)) {
        for (const part of plusOperands(node)) if (ts.isTemplateExpression(part) || !isStringish(part)) ts.forEachChild(part, visit);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The text of a string literal, a template (placeholders as `?`) or a `+` chain of them; null for anything else. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `?${s.literal.text}`).join('');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    if (ts.isBinaryExpression(node.parent) && node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken) return null;
    const parts = plusOperands(node);
    if (!parts.some((p) => ts.isStringLiteral(p) || ts.isTemplateLiteral(p))) return null;
    return parts.map((p) => literalText(p) ?? '?').join('');
  }
  return null;
}

function isStringish(node: ts.Node): boolean {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

function plusOperands(node: ts.Expression): ts.Expression[] {
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [...plusOperands(inner.left), ...plusOperands(inner.right)];
  }
  return [node];
}

const IDENT = String.raw`\`?([A-Za-z_][\w]*)\`?`;

/** The tables (and columns) a statement writes; empty for a read. A `?` table (built at run time) reads as `?`. */
export function tableWrites(sql: string): TableWrite[] {
  const text = stripComments(sql);
  const writes: TableWrite[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:INSERT\s+(?:IGNORE\s+)?|REPLACE\s+)INTO\s+(?:${IDENT}|(\?))\s*(\(([^()]*)\))?`, 'g'))) {
    const table = m[1] ?? '?';
    const columns = m[4] && !/\bSELECT\b|\?/.test(m[4]) ? m[4].split(',').map(bare).filter(Boolean) : [];
    const upsert = text.slice(m.index).match(/\bON\s+DUPLICATE\s+KEY\s+UPDATE\s+([\s\S]*)$/);
    writes.push({ table, kind: 'insert', columns: [...new Set([...columns, ...(upsert ? assignedColumns(upsert[1]).map((c) => c.column) : [])])] });
  }
  for (const m of text.matchAll(/\bDELETE\s+(?:(\w+)\s+)?FROM\s+`?(\w+|\?)`?(?:\s+(?:AS\s+)?(\w+))?/g)) {
    const target = m[1] && m[1] !== m[3] ? aliasTable(text, m[1]) ?? m[2] : m[2];
    writes.push({ table: target, kind: 'delete', columns: [] });
  }
  for (const m of text.matchAll(/\bUPDATE\s+([\s\S]*?)\bSET\b([\s\S]*)$/g)) {
    if (/\bKEY\s*$/.test(text.slice(0, m.index))) continue; // ON DUPLICATE KEY UPDATE: handled with its INSERT
    const aliases = tableAliases(m[1]);
    const byTable = new Map<string, string[]>();
    for (const { qualifier, column } of assignedColumns(m[2])) {
      const table = qualifier ? aliases.get(qualifier) ?? qualifier : aliases.values().next().value ?? '?';
      byTable.set(table, [...(byTable.get(table) ?? []), column]);
    }
    for (const [table, columns] of byTable) writes.push({ table, kind: 'update', columns: [...new Set(columns)] });
  }
  return writes;
}

function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}

function bare(column: string): string {
  return column.trim().replace(/`/g, '').split('.').pop()!.trim();
}

/** `orders o JOIN campaigns c ON …` → o→orders, c→campaigns (and each table to itself). */
function tableAliases(clause: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const re = /(?:^|,|\bJOIN)\s*`?(\w+|\?)`?(?:\s+(?:AS\s+)?(?!ON\b|JOIN\b|LEFT\b|INNER\b|RIGHT\b|SET\b|WHERE\b|USING\b)(\w+))?/g;
  for (const m of clause.trim().matchAll(re)) {
    aliases.set(m[1], m[1]);
    if (m[2]) aliases.set(m[2], m[1]);
  }
  return aliases;
}

function aliasTable(text: string, alias: string): string | undefined {
  const m = text.match(new RegExp(String.raw`\b(?:FROM|JOIN)\s+\`?(\w+)\`?\s+(?:AS\s+)?${alias}\b`));
  return m?.[1];
}

/** `a.x = 1, y = (SELECT …), z = IF(…)` up to WHERE/ORDER BY/LIMIT at depth 0 → the assigned columns. */
function assignedColumns(clause: string): { qualifier: string | null; column: string }[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < clause.length; i++) {
    const ch = clause[i];
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) break;
    if (depth === 0 && /^\s(?:WHERE|ORDER\s+BY|LIMIT|RETURNING)\b/.test(clause.slice(i))) break;
    if (depth === 0 && ch === ',') {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.flatMap((part) => {
    const m = part.match(/^\s*(?:`?(\w+)`?\.)?`?(\w+)`?\s*=/);
    return m ? [{ qualifier: m[1] ?? null, column: m[2] }] : [];
  });
}
