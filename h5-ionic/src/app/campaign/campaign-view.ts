import type { Data } from '@dmh/api-client';
import type { FormField } from '@dmh/forms';

export type PublishedPage = Data<'/api/v1/campaigns/{id}/page', 'get'>;
type Detail = Data<'/api/v1/campaigns/{id}', 'get'>;
export type PageBlock = PublishedPage['config']['blocks'][number];

/** The campaign as this page shows it, whichever endpoint answered. */
export interface CampaignInfo {
  id: string;
  name: string;
  description: string | null;
  coverImage: string | null;
  price: string;
  startTime: string;
  endTime: string;
  /** Seats on sale; null: no limit. */
  quota: number | null;
  /** Seats still free (0: full); null: no limit. */
  seatsLeft: number | null;
  formFields: FormField[];
}

export interface CampaignScreen {
  campaign: CampaignInfo;
  /** The designer's page title, theme and blocks, or the campaign's own fields laid out when it has none. */
  title: string;
  primaryColor: string | null;
  backgroundColor: string | null;
  blocks: PageBlock[];
  designed: boolean;
  /** A preview of a design not published yet (opened from the console's QR code): sign-up is off. */
  preview: boolean;
}

function info(c: Detail | PublishedPage['campaign']): CampaignInfo {
  return {
    id: c.id, name: c.name, description: c.description, coverImage: c.coverImage, price: c.price, startTime: c.startTime, endTime: c.endTime,
    quota: 'quota' in c ? (c.quota ?? null) : null, seatsLeft: 'seatsLeft' in c ? (c.seatsLeft ?? null) : null,
    formFields: c.formFields as FormField[],
  };
}

/**
 * The published designer page: its blocks, with the campaign's facts (name, price, seats, times) first
 * unless the designer placed a price-and-quota block, and a form block at the end if the designer left it out.
 */
export function fromPage(page: PublishedPage): CampaignScreen {
  const blocks = [...page.config.blocks];
  if (!blocks.some((b) => b.type === 'priceQuota')) blocks.unshift({ id: 'facts', type: 'priceQuota' });
  if (!blocks.some((b) => b.type === 'form')) blocks.push({ id: 'signup', type: 'form' });
  return {
    campaign: info(page.campaign),
    title: page.config.title ?? page.campaign.name,
    primaryColor: page.config.theme?.primaryColor ?? null,
    backgroundColor: page.config.theme?.backgroundColor ?? null,
    blocks,
    designed: true,
    preview: page.preview,
  };
}

/** No designer page: the cover, the description and the form, from the campaign's fields. */
export function fromCampaign(detail: Detail): CampaignScreen {
  const campaign = info(detail);
  const blocks: PageBlock[] = [{ id: 'facts', type: 'priceQuota' }];
  if (campaign.coverImage) blocks.push({ id: 'cover', type: 'image', url: campaign.coverImage, alt: campaign.name });
  blocks.push({ id: 'signup', type: 'form' });
  return { campaign, title: campaign.name, primaryColor: null, backgroundColor: null, blocks, designed: false, preview: false };
}

export type Window = 'upcoming' | 'open' | 'ended';

export function windowOf(c: Pick<CampaignInfo, 'startTime' | 'endTime'>, now: number): Window {
  if (now < Date.parse(c.startTime)) return 'upcoming';
  if (now >= Date.parse(c.endTime)) return 'ended';
  return 'open';
}

/** The seats line beside the quota: 剩余 N 名, 已报满 at 0, nothing when unlimited (or not known). */
export function seatsText(c: Pick<CampaignInfo, 'quota' | 'seatsLeft'>): string | null {
  if (c.quota === null || c.seatsLeft === null) return null;
  return c.seatsLeft === 0 ? '已报满' : `剩余 ${c.seatsLeft} 名`;
}

/** Why sign-up is off, in words, or null while it is open: a preview, a window not open, no seat left. */
export function closedReasonOf(s: CampaignScreen, window: Window): string | null {
  if (s.preview) return '预览页面不能报名，发布后即可报名';
  if (window === 'upcoming') return `活动 ${chinaTime(s.campaign.startTime)} 开始报名，请届时再来`;
  if (window === 'ended') return '活动已结束，感谢关注';
  if (s.campaign.seatsLeft === 0) return '名额已报满，暂时不能报名；有人未按时支付时名额会释放，可稍后再来看看';
  return null;
}

/** "12月3日 20:00" in China time, whatever the phone's zone (the campaign's times are Beijing times). */
export function chinaTime(iso: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

/** "还有 2 天 3 小时" until a moment, or null once it passed. */
export function timeLeft(iso: string, now: number): string | null {
  const ms = Date.parse(iso) - now;
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `还有 ${days} 天 ${hours} 小时`;
  if (hours > 0) return `还有 ${hours} 小时 ${minutes % 60} 分钟`;
  return `还有 ${Math.max(1, minutes)} 分钟`;
}
