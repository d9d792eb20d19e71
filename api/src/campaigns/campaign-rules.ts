import { toCents, validateFormFields, validateRewardRule } from '@dmh/shared';
import type { FieldError } from '../common/app-error';
import type { CampaignWrite } from './campaigns.repository';

export interface RuleContext {
  /** Live orders holding a seat (pending or paid): the quota may not go below them. */
  seatsTaken: number;
  now: Date;
  creating: boolean;
  /** The fields the request carries: a rule broken by a field it did not send names the field it did. */
  sent: ReadonlySet<string>;
}

/**
 * Everything a campaign must satisfy once a create or an update is applied, checked on the whole
 * resulting campaign (an update of the price alone can break the reward rule). Pure; each problem names
 * the request field (`body.formFields.2.options`).
 */
export function campaignProblems(write: CampaignWrite, ctx: RuleContext): FieldError[] {
  const problems: FieldError[] = [];
  const price = toCents(write.price);
  if (price <= 0) problems.push({ field: 'body.price', code: 'too_small', message: 'the price is at least 0.01' });

  problems.push(...validateFormFields(write.formFields, 'body.formFields'));

  if (price > 0) {
    for (const p of validateRewardRule(write.rewardLevels, price, 'body.rewardLevels')) {
      // Rewards over the price, after a request that changed only the price, are the price's fault.
      const field = p.field === 'body.rewardLevels' && !ctx.sent.has('rewardLevels') ? 'body.price' : p.field;
      problems.push({ field, code: 'reward_rule', message: p.message });
    }
  }

  const start = Date.parse(write.startTime);
  const end = Date.parse(write.endTime);
  if (end <= start) {
    const field = ctx.sent.has('endTime') || !ctx.sent.has('startTime') ? 'endTime' : 'startTime';
    problems.push({ field: `body.${field}`, code: 'range', message: 'the campaign must end after it starts' });
  } else if (ctx.creating && end <= ctx.now.getTime()) problems.push({ field: 'body.endTime', code: 'in_the_past', message: 'the campaign would have ended already' });

  if (write.quota !== null && write.quota < ctx.seatsTaken) {
    problems.push({ field: 'body.quota', code: 'below_seats_taken', message: `${ctx.seatsTaken} seats are already taken` });
  }
  return problems;
}
