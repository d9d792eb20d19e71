import type { PageBlockType } from '@dmh/pages';
import type { BlockPatch } from './page-designer.store';

export const PALETTE_ICONS: Record<PageBlockType, string> = {
  banner: 'panorama', richText: 'notes', countdown: 'timer', priceQuota: 'sell', form: 'assignment', share: 'share', faq: 'quiz',
  image: 'image', video: 'smart_display', spacer: 'height',
};

/**
 * A new block's first values: valid where a sensible default exists (words in the admin's language, to
 * be replaced), and left empty where only the admin can know the value (an image's address), so the
 * panel asks for it at once.
 */
export function initialBlock(type: PageBlockType, t: (key: string) => string): BlockPatch {
  switch (type) {
    case 'banner': return { imageUrl: '', title: t('initial.bannerTitle') };
    case 'richText': return { html: `<p>${t('initial.richText')}</p>` };
    case 'countdown': return { target: 'end', label: t('initial.countdown') };
    case 'priceQuota': return { showQuota: true };
    case 'form': return { title: t('initial.formTitle'), submitText: t('initial.submitText') };
    case 'share': return { title: t('initial.shareTitle'), buttonText: t('initial.shareButton') };
    case 'faq': return { title: t('initial.faqTitle'), items: [{ question: t('initial.faqQuestion'), answer: t('initial.faqAnswer') }] };
    case 'image': return { url: '' };
    case 'video': return { url: '' };
    case 'spacer': return { height: 24 };
  }
}
