import { ERROR_CODES } from '@dmh/api-client';
import { ApiError } from '../../core/api/api-error';
import { describeError, type Message } from '../../core/errors/error-messages';
import type { TreeNode } from './tree-state';

/** The new upline chosen in the form: another distributor, or none (a level-1 distributor). */
export type UplineChoice = { kind: 'parent'; node: TreeNode } | { kind: 'top' } | null;

export type UplineProblem = 'required' | 'same' | 'cycle' | 'notActive' | 'tooDeep';

/** How many levels hang below a node: 2 when its team is larger than its direct team, 1 with a direct team, else 0. */
export function teamDepth(node: Pick<TreeNode, 'childCount' | 'teamSize'>): number {
  if (node.teamSize > node.childCount) return 2;
  return node.childCount > 0 ? 1 : 0;
}

/**
 * The API's rules for an upline change (shared/src/distributors/upline-move.ts), checked before sending with
 * what the console knows: a search result carries its own upline, so a descendant is recognised. The API
 * checks again under lock (the tree may have changed meanwhile) and its refusal lands beside the same field.
 */
export function uplineProblem(node: TreeNode, choice: UplineChoice): UplineProblem | null {
  if (choice === null) return 'required';
  if (choice.kind === 'top') return node.parentId === null ? 'same' : null;
  const parent = choice.node;
  if (parent.id === node.id || parent.ancestors.some((a) => a.id === node.id)) return 'cycle';
  if (parent.id === node.parentId) return 'same';
  if (parent.status !== 'active') return 'notActive';
  if (parent.level + 1 + teamDepth(node) > 3) return 'tooDeep';
  return null;
}

const PROBLEM_OF_CODE = new Map<number, UplineProblem>([
  [ERROR_CODES.DISTRIBUTOR_UPLINE_CYCLE.code, 'cycle'],
  [ERROR_CODES.DISTRIBUTOR_UPLINE_TOO_DEEP.code, 'tooDeep'],
  [ERROR_CODES.DISTRIBUTOR_UPLINE_NOT_ACTIVE.code, 'notActive'],
]);

/**
 * Where the API's refusal of a move is said: beside the upline field when it names `body.parentId` (a cycle,
 * too deep, not active, an unknown distributor), in the form's banner otherwise (permissions, network…).
 */
export function uplineRefusal(err: unknown): { field: Message | null; banner: Message | null } {
  const onField = err instanceof ApiError && err.fields.some((f) => f.field === 'body.parentId');
  const problem = err instanceof ApiError ? PROBLEM_OF_CODE.get(err.code) : undefined;
  const message: Message = problem ? { key: `distributors.move.${problem}` } : describeError(err);
  return onField || problem ? { field: message, banner: null } : { field: null, banner: message };
}
