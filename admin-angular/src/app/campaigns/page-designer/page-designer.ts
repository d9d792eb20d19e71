import { CdkDrag, type CdkDragDrop, CdkDragHandle, CdkDragPlaceholder, CdkDropList } from '@angular/cdk/drag-drop';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component, computed, HostListener, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { type PageBlock, PAGE_BLOCK_TYPES, type PageBlockType } from '@dmh/pages';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { ConfirmDialog, type ConfirmData } from '../campaign-editor/confirm-dialog';
import { BlockConfig } from './block-config';
import { BlockPreview, type PreviewCampaign } from './block-preview';
import { designProblemMessage } from './block-rules';
import { initialBlock, PALETTE_ICONS } from './palette';
import { PageDesignerStore } from './page-designer.store';
import { PageSettings } from './page-settings';
import { PageVersions, type VersionSummary } from './page-versions';
import { PreviewQr } from './preview-qr';

type LoadState = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready' };

/**
 * /campaigns/:id/page: the campaign's H5 page, designed block by block on a 375-px phone canvas (blocks
 * dragged from the palette or added by a click, reordered by dragging or the arrows), each configured in
 * the property panel with the API's rules beside each property; undo/redo (buttons, Ctrl+Z, Ctrl+Shift+Z
 * or Ctrl+Y); each save a version, any version restored; published after a confirmation; a QR code for phones.
 */
@Component({
  selector: 'app-page-designer',
  imports: [
    CdkDrag, CdkDragHandle, CdkDragPlaceholder, CdkDropList, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule,
    TranslocoDirective, BlockConfig, BlockPreview, PageSettings, PageVersions, PreviewQr,
  ],
  providers: [PageDesignerStore, provideTranslocoScope('page-designer')],
  templateUrl: './page-designer.html',
  styleUrl: './page-designer.scss',
})
export class PageDesigner implements OnInit {
  /** The route's `:id`. */
  readonly id = input.required<string>();
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly store = inject(PageDesignerStore);
  protected readonly types = PAGE_BLOCK_TYPES;
  protected readonly icons = PALETTE_ICONS;
  protected readonly problemMessage = designProblemMessage;

  protected readonly load = signal<LoadState>({ kind: 'loading' });
  protected readonly campaign = signal<PreviewCampaign & { status: string } | null>(null);
  protected readonly versions = signal<readonly VersionSummary[]>([]);
  protected readonly busy = signal<'save' | 'publish' | 'restore' | null>(null);
  protected readonly banner = signal<Message | null>(null);
  protected readonly publishedVersion = computed(() => this.versions().find((v) => v.status === 'published')?.version ?? null);
  protected readonly latestVersion = computed(() => this.versions()[0]?.version ?? null);
  /** Problems about the page as a whole (no block, too many), not shown beside a page setting. */
  protected readonly pageWide = computed(() =>
    this.store.blocks().length === 0 ? [] : this.store.placed().page.filter((p) => !/^body\.(theme\.)?(title|primaryColor|backgroundColor)$/.test(p.field)),
  );

  ngOnInit(): void {
    void this.reload();
  }

  protected async reload(): Promise<void> {
    this.load.set({ kind: 'loading' });
    const params = { id: this.id() };
    try {
      const [campaign, page] = await Promise.all([
        firstValueFrom(this.api.get('/api/v1/campaigns/{id}', { params })),
        firstValueFrom(this.api.get('/api/v1/campaigns/{id}/page-config', { params })),
      ]);
      if (campaign.view !== 'admin') throw new ApiError(404, 40400, 'campaign not found');
      this.campaign.set({ ...campaign, formFields: campaign.formFields });
      this.versions.set(page.versions);
      this.store.load(page.draft?.config ?? null);
      this.load.set({ kind: 'ready' });
    } catch (err) {
      this.load.set({ kind: 'error', message: describeError(err) });
    }
  }

  /** Adds a block from the palette (click, Enter, or a drop at `index`), with first words to replace. */
  protected addBlock(type: PageBlockType, index?: number): void {
    const t = (key: string) => this.i18n.translate(`pageDesigner.${key}`);
    const added = this.store.add(type, initialBlock(type, t), index);
    const name = t(`types.${type}`);
    void this.announcer.announce(added ? this.i18n.translate('pageDesigner.added', { name }) : this.i18n.translate('pageDesigner.cannotAdd', { name }));
  }

  protected dropped(event: CdkDragDrop<PageBlock[], unknown, PageBlockType | PageBlock>): void {
    if (event.previousContainer === event.container) this.store.move(event.previousIndex, event.currentIndex);
    else if (typeof event.item.data === 'string') this.addBlock(event.item.data, event.currentIndex);
  }

  protected toggle(block: PageBlock): void {
    this.store.select(this.store.selected()?.id === block.id ? null : block.id);
  }

  protected hasProblems(block: PageBlock): boolean {
    return Object.keys(this.store.problemsOf(block.id)).length > 0;
  }

  /** Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo, anywhere in the designer (text boxes too: the design is the history). */
  @HostListener('document:keydown', ['$event'])
  protected undoKeys(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.store.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.store.redo();
    else return;
    event.preventDefault();
  }

  /** Saves the canvas as a new version; true when the API took it. */
  protected async save(): Promise<boolean> {
    this.banner.set(null);
    if (!this.store.valid()) {
      this.banner.set({ key: this.store.blocks().length === 0 ? 'pageDesigner.needsBlock' : 'pageDesigner.hasProblems' });
      return false;
    }
    this.busy.set('save');
    try {
      const saved = await firstValueFrom(this.api.put('/api/v1/campaigns/{id}/page-config', { params: { id: this.id() }, body: this.store.config() }));
      this.store.markSaved();
      const { config: _config, ...summary } = saved;
      this.versions.update((list) => [summary, ...list]);
      this.snackBar.open(this.i18n.translate('pageDesigner.saved', { version: saved.version }), undefined, { duration: 3000 });
      return true;
    } catch (err) {
      this.failed(err);
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  /** After a confirmation: saves unsaved changes as a version first, then makes the latest version the one consumers see. */
  protected async publish(): Promise<void> {
    const t = (key: string, params?: object) => this.i18n.translate(`pageDesigner.confirm.${key}`, params);
    const data: ConfirmData = { title: t('title'), body: t(this.campaign()?.status === 'active' ? 'bodyLive' : 'bodyDraft'), confirm: t('publish'), cancel: t('cancel') };
    if (!(await firstValueFrom(this.dialog.open(ConfirmDialog, { data, width: '440px' }).afterClosed()))) return;
    if ((this.store.dirty() || this.latestVersion() === null) && !(await this.save())) return;
    const version = this.latestVersion();
    if (version === null) return;
    this.busy.set('publish');
    try {
      await firstValueFrom(this.api.post('/api/v1/campaigns/{id}/page-config/publish', { params: { id: this.id() }, body: { version } }));
      this.versions.update((list) => list.map((v) => ({ ...v, status: v.version === version ? 'published' : v.status === 'published' ? 'archived' : v.status })));
      const key = this.campaign()?.status === 'active' ? 'pageDesigner.publishedLive' : 'pageDesigner.publishedDraft';
      this.snackBar.open(this.i18n.translate(key, { version }), undefined, { duration: 5000 });
    } catch (err) {
      this.failed(err);
    } finally {
      this.busy.set(null);
    }
  }

  /** Brings a saved version back onto the canvas (undoable; saving makes it the newest version). */
  protected async restore(version: number): Promise<void> {
    this.busy.set('restore');
    this.banner.set(null);
    try {
      const found = await firstValueFrom(this.api.get('/api/v1/campaigns/{id}/page-config/versions/{version}', { params: { id: this.id(), version } }));
      this.store.restore(found.config);
      this.snackBar.open(this.i18n.translate('pageDesigner.restored', { version }), undefined, { duration: 4000 });
    } catch (err) {
      this.failed(err);
    } finally {
      this.busy.set(null);
    }
  }

  private failed(err: unknown): void {
    if (err instanceof ApiError && err.fields.length > 0) {
      this.store.setServerProblems(err.fields);
      this.banner.set({ key: 'pageDesigner.refused' });
    } else {
      this.banner.set(describeError(err));
    }
  }
}
