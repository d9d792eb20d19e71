import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideMatch, identityKey, type MatchCandidate, profileFromForm, publicUnionid } from './member-matching';

const PHONE = '13912345678';
const U1 = 'oUnion_AAAAAAAAAAAAAAAAAAAA1';
const U2 = 'oUnion_BBBBBBBBBBBBBBBBBBBB2';
const member = (id: string, unionid: string, over: Partial<MatchCandidate> = {}): MatchCandidate => ({ id, unionid, status: 'active', mergedIntoId: null, ...over });

describe('member matching: who a sign-up is', () => {
  it('keys a sign-up by its UnionID, else by its phone', () => {
    assert.equal(identityKey({ unionid: U1, phone: PHONE }), U1);
    assert.equal(identityKey({ unionid: null, phone: PHONE }), `phone:${PHONE}`);
    assert.equal(publicUnionid(`phone:${PHONE}`), null);
    assert.equal(publicUnionid(U1), U1);
  });

  it('matches on the UnionID first, whatever members share the phone', () => {
    const decision = decideMatch({ unionid: U1, phone: PHONE }, member('7', U1), [member('3', `phone:${PHONE}`), member('5', U2)]);
    assert.deepEqual(decision, { kind: 'existing', memberId: '7' });
  });

  it('follows a merged member to the member it was merged into', () => {
    const decision = decideMatch({ unionid: U1, phone: PHONE }, member('7', U1, { status: 'merged', mergedIntoId: '9' }), []);
    assert.deepEqual(decision, { kind: 'existing', memberId: '9' });
  });

  it('falls back to the phone: a member known only by phone takes the UnionID', () => {
    const decision = decideMatch({ unionid: U1, phone: PHONE }, null, [member('3', `phone:${PHONE}`)]);
    assert.deepEqual(decision, { kind: 'claim', memberId: '3' });
  });

  it('never merges two UnionIDs silently: a new member, flagged as conflicting with the oldest holder of the phone', () => {
    const decision = decideMatch({ unionid: U1, phone: PHONE }, null, [member('12', U2), member('4', 'oUnion_CCCCCCCCCCCCCCCCCCCC3')]);
    assert.deepEqual(decision, { kind: 'create', conflictWith: '4' });
  });

  it('ignores merged members when matching by phone', () => {
    const decision = decideMatch({ unionid: U1, phone: PHONE }, null, [member('3', `phone:${PHONE}`, { status: 'merged', mergedIntoId: '8' })]);
    assert.deepEqual(decision, { kind: 'create', conflictWith: null });
  });

  it('matches a sign-up without UnionID to the oldest member with the phone', () => {
    assert.deepEqual(decideMatch({ unionid: null, phone: PHONE }, null, [member('10', U2), member('9', U1)]), { kind: 'existing', memberId: '9' });
    assert.deepEqual(decideMatch({ unionid: null, phone: PHONE }, null, []), { kind: 'create', conflictWith: null });
  });

  it('orders candidate ids as numbers, not text', () => {
    assert.deepEqual(decideMatch({ unionid: null, phone: PHONE }, null, [member('10', U2), member('9', U1)]), { kind: 'existing', memberId: '9' });
    assert.deepEqual(decideMatch({ unionid: U1, phone: PHONE }, null, [member('100', U2), member('20', 'oUnion_DDDDDDDDDDDDDDDDDDDD4')]), { kind: 'create', conflictWith: '20' });
  });
});

describe('member matching: the profile a form fills', () => {
  it('takes the usual field keys, trimmed', () => {
    assert.deepEqual(profileFromForm({ name: ' 张三 ', phone: PHONE, city: '上海', address: '浦东新区 1 号', gender: '男', birthday: '1990-05-01', nickname: 'zs' }), {
      realName: '张三', city: '上海', address: '浦东新区 1 号', gender: '男', birthday: '1990-05-01', nickname: 'zs',
    });
  });

  it('skips empty, non-text and invalid values and cuts long ones to the column size', () => {
    const profile = profileFromForm({ name: '', realName: 'x'.repeat(80), city: 42, birthday: '1990-02-30', sex: ['m'] });
    assert.deepEqual(profile, { realName: 'x'.repeat(50) });
  });

  it('counts characters, not bytes, when cutting', () => {
    assert.equal([...(profileFromForm({ name: '王'.repeat(60) }).realName ?? '')].length, 50);
  });
});
