import { mappingProblems, targetConfigInputSchema, type DmhFieldType, type FieldMapping } from '@dmh/sync';
import { ApiError } from '../core/api/api-error';
import {
  apiMappingIssues, constantValue, draftIssues, draftOf, emptyRow, mappingIssues, mappingOf, parseEnumMap, placeOf, TRANSFORM_TYPES, transformsFor,
  type MappingDraft,
} from './mapping-rules';
import { issueWords } from './mapping-words';
import { starterMapping } from './sync-rules';

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe('mapping rules', () => {
  it('round-trips a saved mapping through the table, every transform kept', () => {
    const mapping: FieldMapping = {
      orders: {
        table: 'crm.ORDERS', key: 'DMH_ID', version: 'VER',
        columns: [
          { column: 'NO', from: 'orderNo' },
          { column: 'PAID', from: 'paidAt', transform: { type: 'dateFormat', format: 'YYYY-MM-DD', utcOffset: '+08:00' } },
          { column: 'CENTS', from: 'amount', transform: { type: 'yuanToCents' } },
          { column: 'SRC', transform: { type: 'constant', value: 7 } },
          { column: 'ST', from: 'status', transform: { type: 'enumMap', map: { paid: 1, refunded: 'R' }, fallback: null } },
        ],
      },
      rewards: { table: 'REWARDS', key: 'ID', version: 'VER', columns: [{ column: 'LVL', from: 'level' }] },
    };
    expect(mappingOf(draftOf(mapping))).toEqual(mapping);
    expect(draftIssues('mysql', draftOf(mapping))).toEqual([]);
  });

  it('reads constants and value maps as typed', () => {
    expect(constantValue('12')).toBe(12);
    expect(constantValue('true')).toBeTrue();
    expect(constantValue('null')).toBeNull();
    expect(constantValue('DMH')).toBe('DMH');
    expect(parseEnumMap('paid=1, refunded = R\nclosed=0')).toEqual({ paid: 1, refunded: 'R', closed: 0 });
    expect(parseEnumMap('paid')).toBeNull();
  });

  it('refuses a row with a column but no DMH field, naming that row as the API does', () => {
    const draft = draftOf(starterMapping());
    const withRow: MappingDraft = { ...draft, rewards: { ...draft.rewards, rows: [...draft.rewards.rows, { ...emptyRow(), column: 'PHONE' }] } };
    const issues = draftIssues('mysql', withRow);
    expect(paths(issues)).toEqual(['rewards.columns.3.from']);
    expect(placeOf(issues[0].path)).toEqual({ table: 'rewards', row: 3, cell: 'from' });
    expect(issueWords(issues[0]).key).toBe('sync.mapping.problems.fromRequired');
    // The API refuses the same body at the same field.
    const api = targetConfigInputSchema.safeParse({ kind: 'mysql', host: 'h', port: 1, database: 'd', username: 'u', mapping: mappingOf(withRow) });
    expect(api.success).toBeFalse();
    expect(api.error!.issues.map((i) => i.path.join('.'))).toEqual(['mapping.rewards.columns.3.from']);
  });

  it('finds duplicates, a version equal to the key, lengths per database and a shared table, each where the API puts it', () => {
    const m = starterMapping();
    m.orders.version = 'dmh_id';
    m.orders.columns[1].column = 'ORDER_NO';
    m.rewards.table = 'dmh_orders';
    m.rewards.columns[0].column = 'C'.repeat(65);
    const issues = mappingIssues('mysql', m);
    expect(paths(issues)).toEqual(['orders.version', 'orders.columns.1.column', 'rewards.columns.0.column', 'rewards.table']);
    expect(issues.map((i) => issueWords(i).key)).toEqual([
      'sync.mapping.problems.differsFromKey', 'sync.mapping.problems.duplicate.row', 'sync.mapping.problems.tooLong', 'sync.mapping.problems.sameTable',
    ]);
    expect(issueWords(issues[1]).params).toEqual(jasmine.objectContaining({ column: 'ORDER_NO', row: 1 }));
    expect(paths(mappingIssues('oracle', m))).not.toContain('rewards.columns.0.column'); // Oracle takes 128
    expect(paths(mappingIssues('mysql', m))).toEqual(mappingProblems('mysql', m).map((p) => p.path.slice(1).join('.')));
  });

  it('says schema problems (blank column, bad identifier, bad date format) in words at their cell', () => {
    const m = starterMapping();
    m.orders.columns[0].column = '';
    m.orders.columns[1] = { column: '9X', from: 'paidAt', transform: { type: 'dateFormat', format: 'YYYY/QQ' } };
    const issues = mappingIssues('mysql', m);
    expect(paths(issues).sort()).toEqual(['orders.columns.0.column', 'orders.columns.1.column', 'orders.columns.1.transform.format']);
    const words = Object.fromEntries(issues.map((i) => [i.path, issueWords(i).key]));
    expect(words['orders.columns.0.column']).toBe('sync.mapping.problems.blank');
    expect(words['orders.columns.1.column']).toBe('sync.mapping.problems.identifier');
    expect(words['orders.columns.1.transform.format']).toBe('sync.mapping.problems.dateFormat');
    expect(placeOf('orders.columns.1.transform.format')).toEqual({ table: 'orders', row: 1, cell: 'transform' });
  });

  it('offers exactly the transforms the API accepts for each type of field', () => {
    const fields: Record<DmhFieldType, string> = { id: 'id', string: 'orderNo', money: 'amount', cents: 'amountCents', int: 'level', date: 'paidAt' };
    for (const [type, field] of Object.entries(fields) as [DmhFieldType, string][]) {
      const table = field === 'level' ? 'rewards' : 'orders';
      for (const t of TRANSFORM_TYPES.filter((x) => x !== 'constant')) {
        const m = starterMapping();
        const transform = t === 'dateFormat' ? { type: t, format: 'YYYY' } : t === 'enumMap' ? { type: t, map: {} } : { type: t };
        m[table].columns = [{ column: 'X', from: field, transform } as FieldMapping['orders']['columns'][number]];
        const accepted = mappingProblems('mysql', m).length === 0;
        expect(transformsFor(type).includes(t)).withContext(`${t} on ${type}`).toBe(accepted);
      }
    }
  });

  it("places the API's 40000 field errors inside the mapping beside their rows", () => {
    const err = new ApiError(400, 40000, 'invalid', [
      { field: 'body.mapping.orders.columns.2.transform', code: 'custom', message: 'yuanToCents does not apply to status (string)' },
      { field: 'body.host', code: 'invalid_format', message: 'a host name or IP address' },
    ]);
    const issues = apiMappingIssues(err);
    expect(issues).toEqual([{ path: 'orders.columns.2.transform', code: 'custom', message: 'yuanToCents does not apply to status (string)' }]);
    expect(placeOf(issues[0].path)).toEqual({ table: 'orders', row: 2, cell: 'transform' });
    expect(issueWords(issues[0])).toEqual({ key: 'sync.mapping.problems.transformMismatch', params: { transform: 'yuanToCents', field: 'status', type: 'string' } });
    expect(issueWords({ code: 'invalid_type', message: 'odd' })).toEqual({ key: 'fieldErrors.invalid_type', params: { detail: 'odd' } });
  });
});
