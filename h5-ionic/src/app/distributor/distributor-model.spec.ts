import { checkWithdrawal, type DistributorRecord, isWeChat, standing, type Subordinates, teamByLevel, toCents, withdrawalWords, yuan } from './distributor-model';

const record = (status: DistributorRecord['status'], id = '1'): DistributorRecord => ({
  id, userId: '9', username: 'm138', realName: null, brandId: '3', brandName: '品牌', level: 1, parentId: null, parentUsername: null, status,
  totalEarnings: '0.00', orderCount: 0, approvedAt: null, rejectedAt: null, rejectReason: null, createdAt: '2026-12-01T00:00:00Z',
});

describe('distributor model', () => {
  it('puts the active record first, then a pending one', () => {
    expect(standing([])).toEqual({ kind: 'none' });
    expect(standing([record('rejected', '1'), record('pending', '2')]).kind).toBe('pending');
    expect(standing([record('pending', '2'), record('active', '3')])).toEqual({ kind: 'active', record: record('active', '3') });
  });

  it('reads amounts in cents, never floats', () => {
    expect(toCents('12.5')).toBe(1250);
    expect(toCents('0.07')).toBe(7);
    expect(toCents('12.345')).toBeNull();
    expect(toCents('-1')).toBeNull();
    expect(yuan(1005)).toBe('10.05');
  });

  it('checks a withdrawal against the minimum and the balance, and says what arrives after the fee', () => {
    expect(checkWithdrawal('', '50.00', '10.00', '0.00')).toEqual({ problem: '请输入提现金额（最多两位小数）' });
    expect(checkWithdrawal('9.99', '50.00', '10.00', '0.00')).toEqual({ problem: '最低提现 ¥10.00' });
    expect(checkWithdrawal('50.01', '50.00', '10.00', '0.00')).toEqual({ problem: '最多可提现 ¥50.00' });
    expect(checkWithdrawal('20', '50.00', '10.00', '1.50')).toEqual({ amount: '20.00', arrives: '18.50' });
  });

  it('words each withdrawal status with what happens next', () => {
    expect(withdrawalWords({ status: 'requested', rejectReason: null }).label).toBe('审核中');
    expect(withdrawalWords({ status: 'rejected', rejectReason: '账户名不符' }).hint).toContain('账户名不符');
    expect(withdrawalWords({ status: 'paid', rejectReason: null }).label).toBe('已到账');
  });

  it('splits the team by level', () => {
    const node = (id: string) => ({ id, userId: id, username: `u${id}`, level: 2 as const, parentId: '1', status: 'active' as const, totalEarnings: '0.00', orderCount: 1, createdAt: '' });
    const tree = { root: { ...node('1'), level: 1 as const }, children: [{ ...node('2'), children: [{ ...node('4'), level: 3 as const }] }, { ...node('3'), children: [] }], total: 3 } as Subordinates;
    const team = teamByLevel(tree);
    expect(team.map((t) => t.members.map((m) => m.id))).toEqual([['2', '3'], ['4']]);
    expect(teamByLevel(null)[0].members).toEqual([]);
  });

  it("knows WeChat's browser", () => {
    expect(isWeChat('Mozilla/5.0 (iPhone) AppleWebKit MicroMessenger/8.0.47 NetType/WIFI')).toBeTrue();
    expect(isWeChat('Mozilla/5.0 (iPhone) Safari/604.1')).toBeFalse();
  });
});
