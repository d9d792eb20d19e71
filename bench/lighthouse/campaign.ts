// The campaign page Lighthouse measures: a published campaign with a page designed the way the console's
// designer makes one (banner picture, price and seats, countdown, rich text, FAQ, share button, sign-up form),
// opened from a distributor's link. The banner picture comes from an image host of its own (as a designer
// pastes a CDN address): a JPEG drawn here, at the width a phone shows it.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCanvas } from 'canvas';
import { call, login } from '../../tests/integration/support/api-client';
import { db } from '../../tests/integration/support/db';
import { createBrand, createCampaign, createDistributorChain } from '../../tests/integration/support/factories';

export interface MeasuredCampaign {
  campaignId: string;
  distributorId: string;
  /** `/c/<campaignId>?ref=<distributorId>`, the shared link's path. */
  path: string;
  imageHost: http.Server;
  bannerBytes: number;
}

/** A 750 × 360 banner (a phone's width at 2× density), JPEG quality 0.8, Chinese text on a gradient. */
function bannerJpeg(): Buffer {
  const canvas = createCanvas(750, 360);
  const g = canvas.getContext('2d');
  const gradient = g.createLinearGradient(0, 0, 750, 360);
  gradient.addColorStop(0, '#c62f37');
  gradient.addColorStop(1, '#f08a4b');
  g.fillStyle = gradient;
  g.fillRect(0, 0, 750, 360);
  for (let i = 0; i < 40; i++) {
    g.fillStyle = `rgba(255,255,255,${0.04 + (i % 5) * 0.02})`;
    g.beginPath();
    g.arc((i * 97) % 750, (i * 61) % 360, 20 + (i % 7) * 9, 0, Math.PI * 2);
    g.fill();
  }
  g.fillStyle = '#ffffff';
  g.font = 'bold 64px "Noto Sans CJK SC"';
  g.fillText('周末亲子烘焙体验', 48, 170);
  g.font = '32px "Noto Sans CJK SC"';
  g.fillText('限额 30 名 · 报名即送定制围裙', 48, 230);
  return canvas.toBuffer('image/jpeg', { quality: 0.8 });
}

async function imageHost(jpeg: Buffer): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.url !== '/banner.jpg') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': jpeg.length, 'cache-control': 'public, max-age=31536000', 'access-control-allow-origin': '*' });
    res.end(jpeg);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return server;
}

export async function measuredCampaign(): Promise<MeasuredCampaign> {
  const jpeg = bannerJpeg();
  const host = await imageHost(jpeg);
  const bannerUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/banner.jpg`;
  const brand = await createBrand();
  const distributorId = (await createDistributorChain(brand, 1))[0]!.distributorId;
  const campaignId = await createCampaign(brand, { price: '49.90', quota: 30 });
  await db().query('UPDATE campaigns SET name = ?, description = ? WHERE id = ?', ['周末亲子烘焙体验', '周末亲子烘焙体验，名额有限。\n报名后请准时到场。', campaignId]);
  const token = await login('admin', 'Admin@12345');
  const page = {
    title: '周末亲子烘焙体验',
    blocks: [
      { id: 'banner', type: 'banner', imageUrl: bannerUrl, title: '周末亲子烘焙', subtitle: '和孩子一起做一盒曲奇' },
      { id: 'facts', type: 'priceQuota', title: '本期活动' },
      { id: 'count', type: 'countdown', target: 'end', label: '报名截止' },
      {
        id: 'detail',
        type: 'richText',
        html: '<h2>活动内容</h2><p>专业烘焙师带领，<strong>亲子共同完成</strong>一盒黄油曲奇和一个裱花小蛋糕，成品可带走。</p><ul><li>时间：周六 14:00–16:30</li><li>地点：城市烘焙工坊 2 楼</li><li>适合 4–12 岁儿童与家长</li></ul>',
      },
      {
        id: 'faq',
        type: 'faq',
        items: [
          { question: '需要自带材料吗？', answer: '不需要，材料和工具都由工坊准备。' },
          { question: '可以退款吗？', answer: '活动开始 24 小时前可申请全额退款。' },
        ],
      },
      { id: 'share', type: 'share', title: '周末亲子烘焙体验', description: '和孩子一起做一盒曲奇', buttonText: '分享给好友' },
      { id: 'form', type: 'form', title: '报名信息', submitText: '立即报名' },
    ],
  };
  const saved = await call('PUT', `/api/v1/campaigns/${campaignId}/page-config`, page, token);
  if (saved.status !== 201) throw new Error(`saving the page design: ${saved.status} ${JSON.stringify(saved.body)}`);
  const published = await call('POST', `/api/v1/campaigns/${campaignId}/page-config/publish`, { version: saved.body.data.version }, token);
  if (published.status !== 200 && published.status !== 201) throw new Error(`publishing the page: ${published.status} ${JSON.stringify(published.body)}`);
  return { campaignId, distributorId, path: `/c/${campaignId}?ref=${distributorId}`, imageHost: host, bannerBytes: jpeg.length };
}
