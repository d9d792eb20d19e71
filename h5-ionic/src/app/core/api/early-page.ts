import type { PublishedPage } from '../../campaign/campaign-view';

/** What index.html's inline script leaves on `window` when it asked for a campaign's page early. */
interface EarlyPage {
  id: string;
  answer: Promise<PublishedPage | null>;
}

type WithEarly = { dmhEarlyPage?: EarlyPage };

/**
 * The published page index.html asked for while the app's JavaScript downloaded, for this campaign: taken
 * once (a retry, another campaign, a later visit ask the API again); null when there is none or it failed,
 * and the caller asks the API itself (which also tells a missing campaign from a failure).
 */
export async function takeEarlyPage(campaignId: string, host: WithEarly = window as WithEarly): Promise<PublishedPage | null> {
  const early = host.dmhEarlyPage;
  if (!early) return null;
  delete host.dmhEarlyPage;
  if (early.id !== campaignId) return null;
  try {
    const page = await early.answer;
    return page && page.campaign?.id === campaignId && Array.isArray(page.config?.blocks) ? page : null;
  } catch {
    return null;
  }
}
