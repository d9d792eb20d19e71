import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RouteTable } from './route-table';

const table = () => {
  const t = new RouteTable();
  t.add('get', '/api/v1/members/');
  t.add('get', '/api/v1/members/:id');
  t.add('put', '/api/v1/members/:id');
  t.add('post', '/api/v1/members/merge');
  t.add('get', '/api/v1/members/exports/:id/file');
  t.add('post', '/api/v1/campaigns/:id/publish');
  t.add('get', '/api/v1/campaigns/:id/stats');
  return t;
};

describe('RouteTable', () => {
  it('resolves a static path before a parameter, whatever the order of registration', () => {
    assert.equal(table().match('/api/v1/members/merge')?.template, '/api/v1/members/merge');
    assert.equal(table().match('/api/v1/members/42')?.template, '/api/v1/members/:id');
  });

  it('lists exactly the methods a path has, HEAD with GET, and OPTIONS', () => {
    assert.deepEqual(table().match('/api/v1/members/merge')?.allow, ['POST', 'OPTIONS']);
    assert.deepEqual(table().match('/api/v1/members/7')?.allow, ['GET', 'PUT', 'HEAD', 'OPTIONS']);
    const merge = table().match('/api/v1/members/merge')!;
    assert.equal(merge.has('GET'), false);
    assert.equal(merge.has('POST'), true);
    assert.equal(table().match('/api/v1/members/7')!.has('HEAD'), true);
  });

  it('ignores a trailing slash and the case of static segments, as Express does', () => {
    assert.equal(table().match('/api/v1/members')?.template, '/api/v1/members');
    assert.equal(table().match('/api/v1/Members/')?.template, '/api/v1/members');
    assert.equal(table().match('/api/v1/campaigns/3/stats/')?.template, '/api/v1/campaigns/:id/stats');
  });

  it('knows no path that was not registered', () => {
    assert.equal(table().match('/api/v1/campaigns/3'), null);
    assert.equal(table().match('/api/v1/members/1/2'), null);
    assert.equal(table().match('/api/v1/no-such-thing'), null);
  });
});
