import {
  fieldMappingSchema, mappingProblems, ORDER_FIELDS, REWARD_FIELDS, type DmhFieldType, type FieldMapping, type FieldTransform, type SyncTargetKind,
} from '@dmh/sync';
import { ApiError } from '../core/api/api-error';

/**
 * The field-mapping editor's rules. The checks are the API's own: the very zod schema and
 * `mappingProblems` of `shared/src/sync/target-config.ts` (imported as `@dmh/sync`), so the
 * console refuses exactly what the API would refuse, before sending.
 */
export const MAPPING_TABLES = ['orders', 'rewards'] as const;
export type MappingTable = (typeof MAPPING_TABLES)[number];
export const SOURCE_FIELDS: Readonly<Record<MappingTable, Readonly<Record<string, DmhFieldType>>>> = { orders: ORDER_FIELDS, rewards: REWARD_FIELDS };
export const TRANSFORM_TYPES = ['rename', 'constant', 'dateFormat', 'yuanToCents', 'centsToYuan', 'enumMap'] as const;
export type TransformType = (typeof TRANSFORM_TYPES)[number];

/** One row of the table as typed: strings everywhere, turned into the API's shape by `mappingOf`. */
export interface RowDraft {
  column: string;
  /** The DMH field; '' for none (a constant). */
  from: string;
  transform: TransformType;
  /** The constant's value, the date format, or the enum map as `PAID=1, REFUNDED=2`. */
  param: string;
  /** dateFormat's UTC offset (+08:00), '' for none. */
  utcOffset: string;
  /** enumMap's fallback, kept as saved (edited in the JSON view). */
  fallback?: string | number | null;
}
export interface TableDraft {
  table: string;
  key: string;
  version: string;
  rows: RowDraft[];
}
export type MappingDraft = Record<MappingTable, TableDraft>;

/** A problem with the mapping, at its path inside it (`orders.columns.1.from`), as the API would name it. */
export interface MappingIssue {
  path: string;
  code: string;
  message: string;
}

/** The transforms a field of this type accepts (the API's table, proven equal by the spec). */
export function transformsFor(type: DmhFieldType | undefined): TransformType[] {
  const only: Partial<Record<TransformType, DmhFieldType[]>> = {
    dateFormat: ['date'], yuanToCents: ['money'], centsToYuan: ['cents'], enumMap: ['string', 'int'],
  };
  return TRANSFORM_TYPES.filter((t) => t === 'rename' || t === 'constant' || !type || (only[t] ?? []).includes(type));
}

export function emptyRow(): RowDraft {
  return { column: '', from: '', transform: 'rename', param: '', utcOffset: '' };
}

export function draftOf(mapping: FieldMapping): MappingDraft {
  const table = (t: FieldMapping[MappingTable]): TableDraft => ({
    table: t.table, key: t.key, version: t.version,
    rows: t.columns.map((c) => ({ column: c.column, from: c.from ?? '', ...transformDraft(c.transform) })),
  });
  return { orders: table(mapping.orders), rewards: table(mapping.rewards) };
}

function transformDraft(t: FieldTransform | undefined): Pick<RowDraft, 'transform' | 'param' | 'utcOffset' | 'fallback'> {
  const base = { param: '', utcOffset: '' };
  if (!t || t.type === 'rename') return { ...base, transform: 'rename' };
  if (t.type === 'constant') return { ...base, transform: 'constant', param: t.value === null ? 'null' : String(t.value) };
  if (t.type === 'dateFormat') return { ...base, transform: 'dateFormat', param: t.format, utcOffset: t.utcOffset ?? '' };
  if (t.type === 'enumMap') {
    const param = Object.entries(t.map).map(([k, v]) => `${k}=${v}`).join(', ');
    return { ...base, transform: 'enumMap', param, ...(t.fallback !== undefined ? { fallback: t.fallback } : {}) };
  }
  return { ...base, transform: t.type };
}

/** A constant as typed: a number, true/false or null when it reads as one, else the text itself. */
export function constantValue(text: string): string | number | boolean | null {
  const v = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (v === 'true' || v === 'false') return v === 'true';
  return v === 'null' ? null : text;
}

/** `PAID=1, REFUNDED=2` (or one a line); null when an entry has no `=` or no key. */
export function parseEnumMap(text: string): Record<string, string | number> | null {
  const map: Record<string, string | number> = {};
  for (const entry of text.split(/[,\n]/).map((e) => e.trim()).filter(Boolean)) {
    const at = entry.indexOf('=');
    if (at < 1) return null;
    const value = entry.slice(at + 1).trim();
    map[entry.slice(0, at).trim()] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return map;
}

function transformOf(row: RowDraft): FieldTransform | undefined {
  switch (row.transform) {
    case 'rename': return undefined;
    case 'constant': return { type: 'constant', value: constantValue(row.param) };
    case 'dateFormat': return { type: 'dateFormat', format: row.param.trim(), ...(row.utcOffset.trim() ? { utcOffset: row.utcOffset.trim() } : {}) };
    case 'enumMap': return { type: 'enumMap', map: parseEnumMap(row.param) ?? {}, ...(row.fallback !== undefined ? { fallback: row.fallback } : {}) };
    default: return { type: row.transform };
  }
}

/** What is sent: trimmed names, `from` left out for none, no transform for a plain copy. */
export function mappingOf(draft: MappingDraft): FieldMapping {
  const table = (t: TableDraft): FieldMapping[MappingTable] => ({
    table: t.table.trim(), key: t.key.trim(), version: t.version.trim(),
    columns: t.rows.map((r) => {
      const transform = transformOf(r);
      return { column: r.column.trim(), ...(r.from ? { from: r.from } : {}), ...(transform ? { transform } : {}) };
    }),
  });
  return { orders: table(draft.orders), rewards: table(draft.rewards) };
}

/** Every problem the API would name in this mapping for this kind of database, plus enum maps that do not read. */
export function draftIssues(kind: SyncTargetKind, draft: MappingDraft): MappingIssue[] {
  const issues: MappingIssue[] = [];
  for (const t of MAPPING_TABLES) {
    draft[t].rows.forEach((r, i) => {
      if (r.transform === 'enumMap' && parseEnumMap(r.param) === null) {
        issues.push({ path: `${t}.columns.${i}.transform.map`, code: 'enum_entry', message: 'each entry key=value' });
      }
    });
  }
  return [...issues, ...mappingIssues(kind, mappingOf(draft))];
}

/** The API's checks: the schema first, then the rules it adds (run only on a mapping the schema accepts, as zod does). */
export function mappingIssues(kind: SyncTargetKind, mapping: unknown): MappingIssue[] {
  const parsed = fieldMappingSchema.safeParse(mapping);
  if (!parsed.success) return blankFirst(parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message })));
  return mappingProblems(kind, parsed.data).map((p) => ({ path: p.path.slice(1).join('.'), code: 'custom', message: p.message }));
}

/** The API's refusal of a PUT, as issues inside the mapping (its fields named `body.mapping.orders.columns.1.from`). */
export function apiMappingIssues(err: unknown): MappingIssue[] {
  if (!(err instanceof ApiError)) return [];
  const issues = err.fields
    .filter((f) => f.field.startsWith('body.mapping.'))
    .map((f) => ({ path: f.field.slice('body.mapping.'.length), code: f.code, message: f.message }));
  return blankFirst(issues);
}

/** An empty box is said once ("required"), not also as a bad format. */
function blankFirst(issues: MappingIssue[]): MappingIssue[] {
  const blank = new Set(issues.filter((i) => i.code === 'too_small').map((i) => i.path));
  return issues.filter((i) => !(blank.has(i.path) && i.code === 'invalid_format'));
}

/** Where an issue is shown: beside a row (`row` set), or beside a table's name, key or version, or over the table. */
export interface IssuePlace {
  table: MappingTable | null;
  row: number | null;
  cell: 'table' | 'key' | 'version' | 'columns' | 'column' | 'from' | 'transform' | null;
}

export function placeOf(path: string): IssuePlace {
  const [table, part, index, cell] = path.split('.');
  const t = (MAPPING_TABLES as readonly string[]).includes(table) ? (table as MappingTable) : null;
  if (part === 'columns' && index !== undefined && /^\d+$/.test(index)) {
    const c = cell === 'column' || cell === 'from' ? cell : 'transform';
    return { table: t, row: Number(index), cell: c };
  }
  const c = part === 'table' || part === 'key' || part === 'version' || part === 'columns' ? part : null;
  return { table: t, row: null, cell: c };
}
