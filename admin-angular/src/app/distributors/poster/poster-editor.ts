import { CdkDrag, CdkDragEnd } from '@angular/cdk/drag-drop';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { describeError, fieldMessages, type Message } from '../../core/errors/error-messages';
import { DistributorsNav } from '../distributors-nav';
import { apiField, dropPosition, POSTER_H, POSTER_W, type PosterTemplate, RANGES, templateProblems } from './poster-template';

type Brand = Data<'/api/v1/brands', 'get'>['items'][number];
type View = Data<'/api/v1/distributor/poster-template/{brandId}', 'get'>;
type Part = 'avatar' | 'nickname' | 'qr';

/** The editor draws the 750×1334 poster at this scale. */
const SCALE = 0.4;

/**
 * A brand's share-poster template: drag the avatar, nickname and QR code on a scaled poster (or type their
 * positions), choose the background colour and image; the server renders the preview with `canvas`, as it
 * renders distributors' posters. Checked as the API checks it; the API's refusals beside their fields.
 */
@Component({
  selector: 'app-poster-editor',
  imports: [CdkDrag, DistributorsNav, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule, TranslocoDirective],
  templateUrl: './poster-editor.html',
  styleUrls: ['../../orders/orders.scss', '../distributors.scss', './poster-editor.scss'],
})
export class PosterEditor implements OnInit {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly scale = SCALE;
  protected readonly canvasW = POSTER_W * SCALE;
  protected readonly canvasH = POSTER_H * SCALE;
  protected readonly ranges = RANGES;
  protected readonly brands = signal<Brand[] | null>(null);
  protected readonly brandId = signal<string | null>(null);
  protected readonly view = signal<View | null>(null);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly model = signal<PosterTemplate | null>(null);
  protected readonly serverProblems = signal<Record<string, Message[]>>({});
  protected readonly banner = signal<Message | null>(null);
  protected readonly busy = signal<'preview' | 'save' | null>(null);
  protected readonly previewUrl = signal<string | null>(null);
  protected readonly problems = computed(() => {
    const m = this.model();
    return m ? templateProblems(m) : {};
  });
  protected readonly valid = computed(() => Object.keys(this.problems()).length === 0);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.revokePreview());
  }

  ngOnInit(): void {
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (page) => {
        this.brands.set(page.items);
        if (page.items[0]) this.chooseBrand(page.items[0].id);
      },
      error: (err: unknown) => this.loadError.set(describeError(err)),
    });
  }

  protected chooseBrand(brandId: string): void {
    this.brandId.set(brandId);
    this.view.set(null);
    this.model.set(null);
    this.loadError.set(null);
    this.revokePreview();
    this.api.get('/api/v1/distributor/poster-template/{brandId}', { params: { brandId } }).subscribe({
      next: (view) => {
        this.view.set(view);
        this.model.set(structuredClone(view.template));
      },
      error: (err: unknown) => this.loadError.set(describeError(err)),
    });
  }

  /** One field changed (`avatar.x`, `nickname.color`, `background.image`…). */
  protected setField(path: string, value: string | number | boolean | null): void {
    const [part, key] = path.split('.') as [keyof PosterTemplate, string];
    this.model.update((m) => (m ? { ...m, [part]: { ...m[part], [key]: value } } : m));
    this.serverProblems.update((p) => ({ ...p, [path]: [] }));
  }

  protected setNumber(path: string, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.setField(path, text.trim() === '' ? Number.NaN : Number(text));
  }

  protected dropped(part: Part, event: CdkDragEnd): void {
    const m = this.model();
    if (!m) return;
    const pos = event.source.getFreeDragPosition();
    const size = part === 'nickname' ? m.nickname.fontSize : m[part].size;
    const { x, y } = dropPosition(pos.x, pos.y, SCALE, part === 'nickname' ? 40 : size);
    this.model.update((t) => (t ? { ...t, [part]: { ...t[part], x, y } } : t));
  }

  protected problemOf(path: string): Message | null {
    return this.serverProblems()[path]?.[0] ?? this.problems()[path] ?? null;
  }

  protected resetToDefault(): void {
    const v = this.view();
    if (v) this.model.set(structuredClone(v.template));
    this.serverProblems.set({});
  }

  protected previewPoster(): void {
    const brandId = this.brandId();
    const body = this.model();
    if (!brandId || !body || !this.valid()) return;
    this.busy.set('preview');
    this.banner.set(null);
    this.http
      .post(`/api/v1/distributor/poster-template/${encodeURIComponent(brandId)}/preview`, body, { responseType: 'blob' })
      .pipe(catchError((err: unknown) => from(asApiError(err)).pipe(switchMap((e) => throwError(() => e)))))
      .subscribe({
        next: (png) => {
          this.busy.set(null);
          this.revokePreview();
          this.previewUrl.set(URL.createObjectURL(png));
        },
        error: (err: unknown) => this.refused(err),
      });
  }

  protected saveTemplate(event?: Event): void {
    event?.preventDefault(); // the page stays: the template is sent by the API call below
    const brandId = this.brandId();
    const body = this.model();
    if (!brandId || !body || !this.valid()) return;
    this.busy.set('save');
    this.banner.set(null);
    this.api.put('/api/v1/distributor/poster-template/{brandId}', { params: { brandId }, body }).subscribe({
      next: (view) => {
        this.busy.set(null);
        this.view.set(view);
        this.snackBar.open(this.transloco.translate('distributors.poster.saved'), this.transloco.translate('common.close'), { duration: 4_000 });
        this.previewPoster();
      },
      error: (err: unknown) => this.refused(err),
    });
  }

  private refused(err: unknown): void {
    this.busy.set(null);
    const paths = [...Object.keys(RANGES), 'background.color', 'background.image', 'nickname.color'];
    const byField = fieldMessages(err, Object.fromEntries(paths.map((p) => [p, apiField(p)])));
    const { '': elsewhere, ...onFields } = byField;
    this.serverProblems.set(onFields);
    this.banner.set(Object.keys(onFields).length > 0 && !elsewhere ? null : describeError(err));
  }

  private revokePreview(): void {
    const url = this.previewUrl();
    if (url) URL.revokeObjectURL(url);
    this.previewUrl.set(null);
  }
}

/** A refused PNG request carries the API's JSON envelope inside a Blob: read it, so its fields are said. */
async function asApiError(err: unknown): Promise<unknown> {
  if (!(err instanceof HttpErrorResponse) || !(err.error instanceof Blob)) return err;
  const text = await err.error.text().catch(() => '');
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return ApiError.from(new HttpErrorResponse({ error: body, status: err.status, headers: err.headers, url: err.url ?? undefined }));
}
