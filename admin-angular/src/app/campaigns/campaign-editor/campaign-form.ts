import type { Body, Data, FieldError } from '@dmh/api-client';
import type { FormField } from '@dmh/forms';
import { type RewardLevelRule, validateRewardRule } from '@dmh/reward-rule';

export type AdminCampaign = Extract<Data<'/api/v1/campaigns/{id}', 'get'>, { view: 'admin' }>;
export type CreateBody = Body<'/api/v1/campaigns', 'post'>;
export type UpdateBody = Body<'/api/v1/campaigns/{id}', 'put'>;
export type RewardMode = 'none' | 'fixed' | 'percent';

/** The editor's values, as its inputs hold them (text for money and numbers, local date-times). */
export interface CampaignFormValue {
  name: string;
  brandId: string;
  price: string;
  quota: string;
  /** `yyyy-MM-ddTHH:mm` in the browser's zone, as <input type="datetime-local"> gives it. */
  startTime: string;
  endTime: string;
  description: string;
  rewards: { mode: RewardMode; value: string }[];
}

/** Each input of the editor and the API field it answers for. */
export const API_FIELDS: Readonly<Record<string, string>> = {
  name: 'body.name',
  brandId: 'body.brandId',
  price: 'body.price',
  quota: 'body.quota',
  startTime: 'body.startTime',
  endTime: 'body.endTime',
  description: 'body.description',
};

const MONEY = /^\d{1,8}\.\d{2}$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

/** "99" or "99.5" as the API writes money ("99.00", "99.50"); anything else as typed, for the rules to refuse. */
export function normaliseMoney(text: string): string {
  const t = text.trim();
  return /^\d{1,8}(\.\d{1,2})?$/.test(t) ? Number(t).toFixed(2) : t;
}

export function emptyForm(brandId = ''): CampaignFormValue {
  return {
    name: '', brandId, price: '', quota: '', startTime: '', endTime: '', description: '',
    rewards: [1, 2, 3].map(() => ({ mode: 'none' as RewardMode, value: '' })),
  };
}

export function formOf(c: AdminCampaign): CampaignFormValue {
  return {
    name: c.name, brandId: c.brandId, price: c.price, quota: c.quota === null ? '' : String(c.quota),
    startTime: toLocalInput(c.startTime), endTime: toLocalInput(c.endTime), description: c.description ?? '',
    rewards: [1, 2, 3].map((level) => {
      const rule = c.rewardLevels.find((r) => r.level === level);
      if (!rule) return { mode: 'none' as RewardMode, value: '' };
      return rule.mode === 'fixed' ? { mode: rule.mode, value: rule.amount } : { mode: rule.mode, value: rule.percent };
    }),
  };
}

/** The reward rows the API takes: the levels with a mode, and for each its row (level - 1). */
export function rewardLevelsOf(v: CampaignFormValue): { rules: RewardLevelRule[]; rows: number[] } {
  const rules: RewardLevelRule[] = [];
  const rows: number[] = [];
  v.rewards.forEach((r, i) => {
    if (r.mode === 'none') return;
    const level = (i + 1) as 1 | 2 | 3;
    rules.push(r.mode === 'fixed' ? { level, mode: 'fixed', amount: normaliseMoney(r.value) } : { level, mode: 'percent', percent: r.value.trim() });
    rows.push(i);
  });
  return { rules, rows };
}

/** The body of POST /campaigns (with the brand) or PUT /campaigns/:id (without: a campaign keeps its brand). */
export function bodyOf(v: CampaignFormValue, formFields: FormField[]): UpdateBody & Omit<CreateBody, 'brandId'> {
  return {
    name: v.name.trim(),
    description: v.description.trim() === '' ? null : v.description,
    price: normaliseMoney(v.price),
    quota: v.quota.trim() === '' ? null : Number(v.quota),
    startTime: toIso(v.startTime),
    endTime: toIso(v.endTime),
    formFields: formFields as CreateBody['formFields'],
    rewardLevels: rewardLevelsOf(v).rules as CreateBody['rewardLevels'],
  };
}

/**
 * What the API would refuse in the campaign's own fields, named as the API names them (the form
 * definition is the builder's): the same rules as api/src/campaigns (schemas and campaign-rules), the
 * reward rule by the very function the API calls.
 */
export function campaignProblems(v: CampaignFormValue, creating: boolean, now = new Date()): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, code: string, message: string) => problems.push({ field: `body.${field}`, code, message });
  const name = v.name.trim();
  if (name === '') add('name', 'required', 'a name is required');
  else if (name.length > 200) add('name', 'too_big', 'at most 200 characters');
  if (creating && !/^[1-9]\d{0,18}$/.test(v.brandId)) add('brandId', 'required', 'choose a brand');
  const price = normaliseMoney(v.price);
  const cents = MONEY.test(price) ? Math.round(Number(price) * 100) : null;
  if (v.price.trim() === '') add('price', 'required', 'a price is required');
  else if (cents === null) add('price', 'invalid_format', 'an amount in yuan with 2 decimals, e.g. 99.00');
  else if (cents <= 0) add('price', 'too_small', 'the price is at least 0.01');
  const quota = v.quota.trim();
  if (quota !== '' && !(/^\d{1,8}$/.test(quota) && Number(quota) >= 1 && Number(quota) <= 10_000_000)) add('quota', 'invalid_format', 'a whole number from 1 to 10000000, or empty for unlimited');
  if (v.description.length > 5000) add('description', 'too_big', 'at most 5000 characters');
  const start = Date.parse(v.startTime);
  const end = Date.parse(v.endTime);
  for (const [field, time] of [['startTime', start], ['endTime', end]] as const) {
    if (Number.isNaN(time)) add(field, 'required', 'a time is required');
    else if (!/^20\d\d-/.test(new Date(time).toISOString())) add(field, 'invalid_format', 'a time between 2000 and 2099');
  }
  if (problems.every((p) => p.field !== 'body.startTime' && p.field !== 'body.endTime')) {
    if (end <= start) add('endTime', 'range', 'the campaign must end after it starts');
    else if (creating && end <= now.getTime()) add('endTime', 'in_the_past', 'the campaign would have ended already');
  }
  const { rules } = rewardLevelsOf(v);
  rules.forEach((r, i) => {
    const text = r.mode === 'fixed' ? r.amount : r.percent;
    if (!(r.mode === 'fixed' ? MONEY : PERCENT).test(text ?? '')) add(`rewardLevels.${i}.${r.mode === 'fixed' ? 'amount' : 'percent'}`, 'invalid_format', 'a number with at most 2 decimals');
  });
  if (cents !== null && cents > 0 && problems.every((p) => !p.field.startsWith('body.rewardLevels'))) {
    for (const p of validateRewardRule(rules, cents, 'body.rewardLevels')) add(p.field.slice('body.'.length), 'reward_rule', p.message);
  }
  return problems;
}

/** `2026-05-01T08:00` (local) → ISO with its zone, as the API wants. */
export function toIso(local: string): string {
  const t = Date.parse(local);
  return Number.isNaN(t) ? local : new Date(t).toISOString();
}

/** An ISO time → the value of a datetime-local input, in the browser's zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
