import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { csvWriter, EXPORT_HEADERS, exportCells, neutraliseCell, type SheetWriter, xlsxWriter } from './member-export.format';
import type { MemberSummary } from './members.schemas';

const member = (over: Partial<MemberSummary> = {}): MemberSummary => ({
  id: '42', unionid: 'oUnion_AAAAAAAAAAAAAAAAAAAA1', phone: '13912345678', phoneMasked: false, nickname: 'nick', avatar: null, gender: '男',
  status: 'active', realName: '张三', city: '上海', firstSource: 'campaign:1', mergedIntoId: null, conflictMemberId: null,
  createdAt: '2026-01-01T00:00:00.000Z', tags: [{ id: '1', brandId: '7', name: 'VIP', color: null }], brandIds: ['7', '8'], ...over,
});
const stats = { orderCount: 3, totalSpent: '297.00' };

/** A sink that keeps what was written (the tests' stand-in for the Redis chunk sink). */
function memorySink(): { sink: Writable; bytes: () => Buffer } {
  const parts: Buffer[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { parts.push(chunk); cb(); } });
  return { sink, bytes: () => Buffer.concat(parts) };
}

async function write(writer: SheetWriter, rows: Array<Array<string | number>>): Promise<void> {
  for (const cells of rows) await writer.writeRow(cells);
  await writer.finish();
}

describe('member export: formula injection', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1']) {
      assert.equal(neutraliseCell(evil), `'${evil}`, evil);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const fine of ['张三', 'a=b', 'x+1', '138****5678', '', ' =not first']) assert.equal(neutraliseCell(fine), fine);
  });

  it('neutralises the free-text columns of a row, not the numbers', () => {
    const cells = exportCells(member({ nickname: '=cmd()', realName: '@evil', city: '+1', tags: [{ id: '1', brandId: '7', name: '-x', color: null }] }), stats);
    const byHeader = Object.fromEntries(EXPORT_HEADERS.map((h, i) => [h, cells[i]]));
    assert.equal(byHeader.nickname, "'=cmd()");
    assert.equal(byHeader.realName, "'@evil");
    assert.equal(byHeader.city, "'+1");
    assert.equal(byHeader.tags, "'-x");
    assert.equal(byHeader.orderCount, 3);
    assert.equal(byHeader.totalSpent, '297.00');
    assert.equal(byHeader.brandIds, '7|8');
    assert.equal(byHeader.unionid, 'oUnion_AAAAAAAAAAAAAAAAAAAA1');
  });

  it('writes empty cells for missing values', () => {
    const cells = exportCells(member({ unionid: null, phone: null, nickname: null }), stats);
    assert.equal(cells[EXPORT_HEADERS.indexOf('unionid')], '');
    assert.equal(cells[EXPORT_HEADERS.indexOf('phone')], '');
  });
});

describe('member export: files', () => {
  it('CSV: a BOM, a header, RFC 4180 quoting that a CSV parser reads back exactly', async () => {
    const { sink, bytes } = memorySink();
    const tricky = exportCells(member({ nickname: 'a,"b"\nc', realName: '=1+1' }), stats);
    await write(csvWriter(sink), [tricky, exportCells(member({ id: '43' }), stats)]);
    const text = bytes().toString('utf8');
    assert.ok(text.startsWith('\ufeff'), 'UTF-8 BOM for spreadsheet apps');
    const records: string[][] = parse(text, { bom: true });
    assert.deepEqual(records[0], [...EXPORT_HEADERS]);
    assert.equal(records.length, 3);
    assert.equal(records[1][EXPORT_HEADERS.indexOf('nickname')], 'a,"b"\nc');
    assert.equal(records[1][EXPORT_HEADERS.indexOf('realName')], "'=1+1");
    assert.equal(records[2][0], '43');
  });

  it('XLSX: a workbook exceljs reads back, one row per member after the header', async () => {
    const { sink, bytes } = memorySink();
    const rows = Array.from({ length: 250 }, (_, i) => exportCells(member({ id: String(i + 1), nickname: i === 0 ? '=x' : `n${i}` }), stats));
    await write(xlsxWriter(sink), rows);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes() as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('members');
    assert.ok(sheet);
    assert.equal(sheet.rowCount, 251);
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [...EXPORT_HEADERS]);
    assert.equal(sheet.getRow(2).getCell(EXPORT_HEADERS.indexOf('nickname') + 1).value, "'=x");
    assert.equal(sheet.getRow(251).getCell(1).value, '250');
  });
});
