import type { MenuNode } from '../../core/nav/nav-menu';
import table from './menu-rule-cases.json';
import { descendantsOf, emptyMenuForm, menuBody, menuFormOf, menuProblems, reorder, siblingsOf, type MenuForm } from './menu-rules';

const node = (id: string, parentId: string | null, sort: number, children: MenuNode[] = []): MenuNode => ({
  id, parentId, code: `m${id}`, name: `菜单${id}`, path: `/m${id}`, icon: null, sort, permissionCode: null, children,
});
const TREE: MenuNode[] = [node('1', null, 10), node('9', null, 90, [node('11', '9', 5, [node('12', '11', 1)]), node('10', '9', 5)]), node('2', null, 20)];
const valid: MenuForm = { ...emptyMenuForm(), code: 'system.menus', name: '菜单', path: '/system/menus', icon: 'menu', permissionCode: 'role:read' };

describe('menu rules', () => {
  it('accepts and refuses exactly what the API does (the table the API spec checks too)', () => {
    for (const c of table.cases) {
      const problems = menuProblems({ ...valid, [c.field]: c.value }, [], null);
      expect(problems[c.field as keyof MenuForm] === undefined).withContext(`${c.field} ${JSON.stringify(c.value)}`).toBe(c.ok);
    }
  });

  it('refuses a code another menu has, and a parent inside the menu itself, before sending', () => {
    expect(menuProblems({ ...valid, code: 'm2' }, TREE, null).code).toEqual({ key: 'errors.MENU_CODE_TAKEN' });
    expect(menuProblems({ ...menuFormOf(TREE[2]!) }, TREE, '2')).toEqual({}); // its own code is not taken
    expect(menuProblems({ ...menuFormOf(TREE[1]!), parentId: '12' }, TREE, '9').parentId).toEqual({ key: 'errors.MENU_PARENT_CYCLE' });
    expect([...descendantsOf(TREE, '9')].sort()).toEqual(['10', '11', '12']);
  });

  it('sends empty boxes as null and a missing sort as 0', () => {
    expect(menuBody({ ...emptyMenuForm('9'), code: ' x1 ', name: ' 名 ' })).toEqual({
      parentId: '9', code: 'x1', name: '名', path: null, icon: null, sort: 0, permissionCode: null,
    });
  });

  it('moves a menu among its siblings by renumbering them, one change per menu whose place moved', () => {
    const siblings = siblingsOf(TREE, '9');
    expect(siblings.map((m) => m.id)).toEqual(['10', '11']); // equal sort: by id, as the navigation orders them
    expect(reorder(siblings, '11', -1).map(({ node: n, sort }) => [n.id, sort])).toEqual([['11', 10], ['10', 20]]);
    expect(reorder(siblings, '10', -1)).toEqual([]);
    const top = siblingsOf(TREE, null);
    expect(reorder(top, '2', -1).map(({ node: n, sort }) => [n.id, sort])).toEqual([['2', 10], ['1', 20], ['9', 30]]);
  });
});
