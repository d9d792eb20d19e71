import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { z } from '../common/zod';
import { codeParams, generateLinkBody, idParams, linkPageSchema, linkSchema, linksQuery } from './distributors.schemas';
import type { LinksService } from './links.service';

/** /api/v1/distributor/link…, /links and the public short link /l/:code. */
export function linksRoutes(links: LinksService): Router {
  return new ApiRouter('/distributor', 'distributors')
    .add({
      method: 'post',
      path: '/link/generate',
      summary: "The caller's referral link for a campaign of its brand (the same link on every call)",
      access: { permission: 'link:write' },
      body: generateLinkBody,
      bodyLimit: '1kb',
      response: linkSchema.extend({ created: z.boolean() }),
      errors: ['CAMPAIGN_NOT_FOUND', 'DISTRIBUTOR_NOT_ACTIVE'],
      rateLimit: { name: 'link-generate', limit: 60, windowSeconds: 60, by: 'user' },
      handle: async ({ principal, body }) => links.generate(principal, body.campaignId),
    })
    .add({
      method: 'get',
      path: '/links',
      summary: "The caller's referral links with their clicks and orders",
      access: { permission: 'distributor:self' },
      query: linksQuery,
      response: linkPageSchema,
      handle: async ({ principal, query }) => links.list(principal, query),
    })
    .add({
      method: 'get',
      path: '/link/:id/poster',
      summary: "A link's share poster (PNG): campaign image, title, QR code of the link, the distributor's name",
      access: { authenticated: true },
      params: idParams,
      produces: { status: 200, contentType: 'image/png', description: 'the poster, 750×1334 PNG' },
      rateLimit: { name: 'link-poster', limit: 30, windowSeconds: 60, by: 'user' },
      handle: async ({ principal, params, res }) => {
        const png = await links.poster(principal, params.id);
        res.status(200).set({ 'content-type': 'image/png', 'cache-control': 'private, max-age=300', 'content-length': String(png.length) }).end(png);
      },
    })
    .add({
      method: 'get',
      path: '/l/:code',
      summary: 'A short referral link: redirects to the campaign page with the referrer, counting the click',
      access: { public: true },
      params: codeParams,
      produces: { status: 302, contentType: 'text/plain', description: 'redirect (Location: the campaign H5 page with ?ref=<distributorId>)' },
      rateLimit: { name: 'link-click', limit: 300, windowSeconds: 60, by: 'ip' },
      handle: async ({ params, ip, res }) => {
        const location = await links.follow(params.code, ip);
        res.set({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }).redirect(302, location);
      },
    }).router;
}
