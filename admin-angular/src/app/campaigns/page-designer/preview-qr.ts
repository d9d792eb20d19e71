import { Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import QRCode from 'qrcode';
import { firstValueFrom } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'ready'; url: string; image: string; expiresAt: string }
  | { kind: 'error'; message: Message };

/**
 * The QR code that opens the page on a phone: the consumer app's address of the campaign with a signed,
 * expiring preview token from the API (the latest saved design, published or not), drawn by `qrcode`
 * and downloadable as a PNG.
 */
@Component({
  selector: 'app-preview-qr',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoDirective],
  template: `
    <section class="qr" *transloco="let t" aria-labelledby="qr-title" data-testid="preview-qr">
      <h3 id="qr-title">{{ t('pageDesigner.qr.title') }}</h3>
      <p class="qr__muted">{{ t('pageDesigner.qr.explain') }}</p>
      @if (unsaved()) { <p class="qr__warn">{{ t('pageDesigner.qr.unsaved') }}</p> }
      @switch (state().kind) {
        @case ('busy') { <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('pageDesigner.qr.making')" /> }
        @case ('error') {
          @if (state(); as s) { @if (s.kind === 'error') { <p class="qr__error" role="alert">{{ t(s.message.key, s.message.params) }}</p> } }
        }
        @case ('ready') {
          @if (state(); as s) {
            @if (s.kind === 'ready') {
              <img class="qr__image" [src]="s.image" width="200" height="200" [alt]="t('pageDesigner.qr.alt')" data-testid="qr-image" />
              <a class="qr__url" [href]="s.url" target="_blank" rel="noopener" data-testid="qr-url">{{ s.url }}</a>
              <p class="qr__muted">{{ t('pageDesigner.qr.expires', { time: s.expiresAt }) }}</p>
              <a mat-stroked-button [href]="s.image" [attr.download]="'campaign-' + campaignId() + '-preview.png'" data-testid="qr-download">
                <mat-icon>download</mat-icon>{{ t('pageDesigner.qr.download') }}
              </a>
            }
          }
        }
      }
      <button mat-flat-button type="button" (click)="make()" [disabled]="state().kind === 'busy' || !hasSaved()" data-testid="qr-make">
        <mat-icon>qr_code_2</mat-icon>{{ state().kind === 'ready' ? t('pageDesigner.qr.again') : t('pageDesigner.qr.make') }}
      </button>
      @if (!hasSaved()) { <p class="qr__muted">{{ t('pageDesigner.qr.saveFirst') }}</p> }
    </section>
  `,
  styles: `
    .qr { display: grid; gap: 8px; justify-items: start; }
    h3 { margin: 0; font: var(--mat-sys-title-small); }
    .qr__muted { margin: 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .qr__warn { margin: 0; color: var(--mat-sys-tertiary); font: var(--mat-sys-body-small); }
    .qr__error { margin: 0; color: var(--mat-sys-error); }
    .qr__image { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: #fff; }
    .qr__url { word-break: break-all; font: var(--mat-sys-body-small); }
    mat-progress-bar { width: 100%; }
  `,
})
export class PreviewQr {
  readonly campaignId = input.required<string>();
  /** Whether a version is saved (the preview shows the latest saved one). */
  readonly hasSaved = input.required<boolean>();
  readonly unsaved = input(false);
  private readonly api = inject(Api);
  protected readonly state = signal<State>({ kind: 'idle' });

  protected async make(): Promise<void> {
    this.state.set({ kind: 'busy' });
    try {
      const link = await firstValueFrom(this.api.post('/api/v1/campaigns/{id}/page-config/preview', { params: { id: this.campaignId() } }));
      const image = await QRCode.toDataURL(link.url, { errorCorrectionLevel: 'M', margin: 2, width: 400 });
      const expiresAt = new Date(link.expiresAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
      this.state.set({ kind: 'ready', url: link.url, image, expiresAt });
    } catch (err) {
      this.state.set({ kind: 'error', message: describeError(err) });
    }
  }
}
