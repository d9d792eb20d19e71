import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { MemberSummary } from './members.schemas';

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The columns of a member export, in order. `text` columns carry free text and are neutralised. */
export const EXPORT_COLUMNS = [
  { key: 'id', text: false },
  { key: 'unionid', text: true },
  { key: 'phone', text: true },
  { key: 'nickname', text: true },
  { key: 'realName', text: true },
  { key: 'gender', text: true },
  { key: 'city', text: true },
  { key: 'status', text: false },
  { key: 'tags', text: true },
  { key: 'brandIds', text: false },
  { key: 'orderCount', text: false },
  { key: 'totalSpent', text: false },
  { key: 'createdAt', text: false },
] as const;

export const EXPORT_HEADERS = EXPORT_COLUMNS.map((c) => c.key);

export type Cell = string | number;

/**
 * A cell a spreadsheet would run as a formula (CSV injection: `=HYPERLINK(…)`, `+cmd|…`, `-2+3`, `@SUM(…)`,
 * and a leading tab or carriage return) gets a leading apostrophe, so it is shown as the text it is.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A member's export row; `stats` are summed over the brand links the caller sees. */
export function exportCells(member: MemberSummary, stats: { orderCount: number; totalSpent: string }): Cell[] {
  const values: Record<(typeof EXPORT_HEADERS)[number], Cell | null> = {
    id: member.id,
    unionid: member.unionid,
    phone: member.phone,
    nickname: member.nickname,
    realName: member.realName,
    gender: member.gender,
    city: member.city,
    status: member.status,
    tags: member.tags.map((t) => t.name).join('|'),
    brandIds: member.brandIds.join('|'),
    orderCount: stats.orderCount,
    totalSpent: stats.totalSpent,
    createdAt: member.createdAt,
  };
  return EXPORT_COLUMNS.map(({ key, text }) => {
    const value = values[key] ?? '';
    return text && typeof value === 'string' ? neutraliseCell(value) : value;
  });
}

/** Writes rows one at a time into a byte stream, honouring its backpressure; `finish` ends the file. */
export interface SheetWriter {
  writeRow(cells: Cell[]): Promise<void>;
  finish(): Promise<void>;
}

/** CSV (RFC 4180 quoting by csv-stringify, UTF-8 with a BOM so spreadsheet apps read Chinese text right). */
export function csvWriter(sink: Writable): SheetWriter {
  const stringifier = stringify({ bom: true, header: true, columns: [...EXPORT_HEADERS] });
  const done = pipeline(stringifier, sink);
  done.catch(() => undefined); // surfaced by finish()
  return {
    async writeRow(cells) {
      if (!stringifier.write(cells)) await Promise.race([once(stringifier, 'drain'), done]);
    },
    async finish() {
      stringifier.end();
      await done;
    },
  };
}

/**
 * XLSX through exceljs' streaming WorkbookWriter: each row is committed (serialised and zipped) as it is
 * added, no shared-strings table is kept, so memory does not grow with the number of rows.
 */
export function xlsxWriter(sink: Writable): SheetWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('members');
  sheet.columns = EXPORT_HEADERS.map((key) => ({ header: key, key }));
  return {
    async writeRow(cells) {
      sheet.addRow(cells).commit();
      if (sink.writableNeedDrain) await once(sink, 'drain');
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
