import type { PublishedPage } from '../../campaign/campaign-view';
import { takeEarlyPage } from './early-page';

const page = (id: string) => ({ campaign: { id }, config: { blocks: [] }, preview: false }) as unknown as PublishedPage;

describe('takeEarlyPage', () => {
  it("gives the page index.html fetched early, once: a retry asks the API again", async () => {
    const host = { dmhEarlyPage: { id: '7', answer: Promise.resolve(page('7')) } };
    expect(await takeEarlyPage('7', host)).toEqual(page('7'));
    expect(host.dmhEarlyPage).toBeUndefined();
    expect(await takeEarlyPage('7', host)).toBeNull();
  });

  it("ignores an early answer for another campaign (the app navigated elsewhere) and drops it", async () => {
    const host = { dmhEarlyPage: { id: '7', answer: Promise.resolve(page('7')) } };
    expect(await takeEarlyPage('8', host)).toBeNull();
    expect(host.dmhEarlyPage).toBeUndefined();
  });

  it('is null when nothing was fetched early, when the early request failed or answered something else', async () => {
    expect(await takeEarlyPage('7', {})).toBeNull();
    expect(await takeEarlyPage('7', { dmhEarlyPage: { id: '7', answer: Promise.resolve(null) } })).toBeNull();
    expect(await takeEarlyPage('7', { dmhEarlyPage: { id: '7', answer: Promise.reject(new Error('offline')) } })).toBeNull();
    expect(await takeEarlyPage('7', { dmhEarlyPage: { id: '7', answer: Promise.resolve(page('8')) } })).toBeNull();
    expect(await takeEarlyPage('7', { dmhEarlyPage: { id: '7', answer: Promise.resolve({ campaign: { id: '7' } } as unknown as PublishedPage) } })).toBeNull();
  });
});
