import { Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { PageBlock } from '@dmh/pages';
import { TranslocoDirective } from '@jsverse/transloco';

/** What the preview needs of the campaign: the facts the price-and-quota and form blocks show. */
export interface PreviewCampaign {
  name: string;
  price: string;
  quota: number | null;
  startTime: string;
  endTime: string;
  formFields: readonly { key: string; label: string; required?: boolean }[];
}

/**
 * One block on the designer's phone canvas, drawn the way the consumer app draws it (h5-ionic's
 * campaign page): the same properties, the same defaults when a property is left empty, and the H5 app's
 * own (Chinese-only) words whatever the console's language; only the designer's hints are translated.
 */
@Component({
  selector: 'app-block-preview',
  imports: [MatIconModule, TranslocoDirective],
  templateUrl: './block-preview.html',
  styleUrl: './block-preview.scss',
})
export class BlockPreview {
  readonly block = input.required<PageBlock>();
  readonly campaign = input.required<PreviewCampaign | null>();

  protected cn(iso: string): string {
    return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
  }
}
