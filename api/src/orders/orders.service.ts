import { CAMPAIGN_ACTOR_TYPE, CampaignActorContract, JoinRefusal, validateFormData } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { signupCampaign } from '../campaigns/campaign-cache';
import { actorRef } from '../dapr/actor-invoker';
import { MemberMatcher } from '../members/member-matching.service';
import { newOrderNo } from './order-no';
import { signupPhone } from './signup-phone';
import { CreateOrderBody } from './orders.schemas';
import { OrdersRepository, OrderView } from './orders.repository';

const REFUSALS: Record<JoinRefusal, ConstructorParameters<typeof AppError>[0]> = {
  duplicate: 'ORDER_DUPLICATE',
  not_found: 'CAMPAIGN_NOT_FOUND',
  not_active: 'CAMPAIGN_NOT_ACTIVE',
  not_started: 'CAMPAIGN_NOT_STARTED',
  ended: 'CAMPAIGN_ENDED',
  sold_out: 'CAMPAIGN_SOLD_OUT',
};

export interface CreatedOrder {
  orderId: string;
  orderNo: string;
  amount: string;
  status: 'pending';
}

export class OrdersService {
  constructor(
    private readonly orders = new OrdersRepository(),
    private readonly members = new MemberMatcher(),
  ) {}

  /**
   * A consumer's sign-up: the form is validated against the campaign's fields, then CampaignActor admits
   * it (time window, quota, one live order per phone) and writes the pending order.
   */
  async createOrder(body: CreateOrderBody, userId: string | null): Promise<CreatedOrder> {
    const campaign = await signupCampaign(body.campaignId);
    if (!campaign) throw new AppError('CAMPAIGN_NOT_FOUND');
    const problems = validateFormData(campaign.formFields, body.formData, 'body.formData');
    const phone = signupPhone(body, campaign.formFields, problems);
    if (problems.length > 0) throw AppError.validation(problems);

    let referrerId = '0';
    if (body.referrerId) {
      if (await this.orders.isActiveDistributorOfBrand(body.referrerId, campaign.brandId)) referrerId = body.referrerId;
      else logger.info({ referrerId: body.referrerId, campaignId: campaign.id }, 'referrer ignored: not an active distributor of the brand');
    }
    const campaignActor = actorRef<CampaignActorContract>(CAMPAIGN_ACTOR_TYPE, campaign.id);
    const result = await campaignActor.join({
      orderNo: newOrderNo(),
      phone,
      formData: body.formData,
      referrerId,
      userId,
      idempotencyKey: body.idempotencyKey ?? null,
    });
    if (!result.ok) throw new AppError(REFUSALS[result.reason]);
    // The order is admitted and stored by the actor. Member matching cannot share that transaction: it is
    // idempotent and never throws here; a failed match is re-driven later (members/member-matching.service).
    await this.members.matchOrderSafely(result.orderId, { unionid: body.unionid ?? null, openid: body.openid ?? null });
    this.members.nudgeRedrive();
    return { orderId: result.orderId, orderNo: result.orderNo, amount: result.amount, status: 'pending' };
  }

  async getOrder(orderNo: string): Promise<OrderView> {
    const order = await this.orders.findByOrderNo(orderNo);
    if (!order) throw new AppError('ORDER_NOT_FOUND');
    return { ...order, phone: maskPhone(order.phone) };
  }
}

function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
