import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addIntegerBounds, addLinks } from './openapi-links';

const answer = (data: object, status = '200') => ({
  [status]: { description: 'success', content: { 'application/json': { schema: { type: 'object', properties: { data } } } } },
});
const object = (...names: string[]) => ({ type: 'object', properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])) });
const page = (...names: string[]) => ({ type: 'object', properties: { items: { type: 'array', items: object(...names) } } });

function doc() {
  return {
    paths: {
      '/api/v1/campaigns': {
        post: { operationId: 'createCampaign', responses: answer(object('id', 'brandId'), '201') },
        get: { operationId: 'listCampaigns', responses: answer(page('id')) },
      },
      '/api/v1/campaigns/{id}': { get: { operationId: 'getCampaign', responses: answer(object('id')) } },
      '/api/v1/campaigns/{id}/publish': { post: { operationId: 'publishCampaign', responses: answer(object('id')) } },
      '/api/v1/brands': { get: { operationId: 'listBrands', responses: answer(page('id')) } },
      '/api/v1/users/{id}/brands': { put: { operationId: 'setUserBrands', responses: answer(object('id')) } },
      '/api/v1/sync/targets/{brandId}': { get: { operationId: 'getTarget', responses: answer(object('brandId')) } },
    },
  };
}

const linksOf = (d: any, path: string, method: string) => {
  const responses = d.paths[path][method].responses;
  return responses[Object.keys(responses)[0]!].links ?? {};
};

describe('addLinks', () => {
  it('links a created object to the operations under its collection, by its id', () => {
    const links = linksOf(addLinks(doc()), '/api/v1/campaigns', 'post');
    assert.deepEqual(Object.keys(links).sort(), ['getCampaign', 'publishCampaign']);
    assert.deepEqual(links.getCampaign, { operationId: 'getCampaign', parameters: { id: '$response.body#/data/id' } });
  });

  it('links a page from its first item', () => {
    assert.equal(linksOf(addLinks(doc()), '/api/v1/campaigns', 'get').publishCampaign.parameters.id, '$response.body#/data/items/0/id');
  });

  it('feeds a parameter named after a collection from that collection only', () => {
    const d = addLinks(doc());
    assert.equal(linksOf(d, '/api/v1/brands', 'get').getTarget.parameters.brandId, '$response.body#/data/items/0/id');
    assert.deepEqual(linksOf(d, '/api/v1/users/{id}/brands', 'put'), {}, 'a path with a parameter is no collection');
  });

  it('adds nothing where no answer has what a parameter needs', () => {
    assert.deepEqual(linksOf(addLinks(doc()), '/api/v1/campaigns/{id}/publish', 'post'), {});
  });
});

describe('addIntegerBounds', () => {
  it('gives every unbounded integer the safe-integer bounds zod enforces, and keeps bounds already there', () => {
    const d = addIntegerBounds({ a: { type: 'integer' }, b: { type: ['integer', 'null'], minimum: 1 }, c: { type: 'string' } });
    assert.deepEqual(d.a, { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER });
    assert.deepEqual(d.b, { type: ['integer', 'null'], minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
    assert.deepEqual(d.c, { type: 'string' });
  });
});
