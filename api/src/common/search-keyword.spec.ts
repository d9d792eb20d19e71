import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPart, searchKeyword } from './http';
import { z } from './zod';

test('a search box: trimmed, blank means no filter, too long is refused naming the field', () => {
  const query = z.object({ keyword: searchKeyword(5).optional() });
  assert.deepEqual(checkPart(query, { keyword: '  张三 ' }, 'query'), { ok: true, data: { keyword: '张三' } });
  assert.deepEqual(checkPart(query, { keyword: '   ' }, 'query'), { ok: true, data: { keyword: undefined } });
  assert.deepEqual(checkPart(query, {}, 'query'), { ok: true, data: {} });
  const long = checkPart(query, { keyword: '123456' }, 'query');
  assert.equal(long.ok, false);
  assert.equal(!long.ok && long.problems[0]?.field, 'query.keyword');
});
