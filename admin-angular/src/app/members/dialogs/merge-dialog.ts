import { Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { type MemberDetail, mergePreview } from '../member-rules';

export interface MergeData {
  ids: [string, string];
}

/**
 * Merging two members, side by side: which one is kept (swappable), what moves to it (orders, tags, brand
 * links), said before anything is done; the merge needs an explicit "I understand" and cannot be undone.
 */
@Component({
  selector: 'app-merge-dialog',
  imports: [MatButtonModule, MatCheckboxModule, MatDialogModule, MatIconModule, TranslocoDirective],
  templateUrl: './merge-dialog.html',
  styles: `
    .sides { display: grid; grid-template-columns: 1fr auto 1fr; gap: 16px; align-items: start; }
    .side { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 12px; }
    .side--kept { border-color: var(--mat-sys-primary); border-width: 2px; }
    .side h3 { margin: 0 0 8px; font: var(--mat-sys-title-small); }
    dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 0; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; }
    .swap { align-self: center; }
    .chip { display: inline-block; padding: 0 8px; margin-right: 4px; border-radius: 10px; background: var(--mat-sys-surface-container-high); }
  `,
})
export class MergeDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly ref = inject(MatDialogRef<MergeDialog>);
  private readonly data = inject<MergeData>(MAT_DIALOG_DATA);
  protected readonly members = signal<[MemberDetail, MemberDetail] | null>(null);
  /** Index of the member that goes away (merged into the other). */
  protected readonly sourceIndex = signal<0 | 1>(1);
  protected readonly understood = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Message | null>(null);
  protected readonly source = computed(() => this.members()?.[this.sourceIndex()] ?? null);
  protected readonly target = computed(() => this.members()?.[this.sourceIndex() === 0 ? 1 : 0] ?? null);
  protected readonly preview = computed(() => {
    const s = this.source();
    const t = this.target();
    return s && t ? mergePreview(s, t) : null;
  });

  ngOnInit(): void {
    const [a, b] = this.data.ids;
    forkJoin([this.get(a), this.get(b)]).subscribe({
      next: (pair) => this.members.set(pair),
      error: (err: unknown) => this.problem.set(describeError(err)),
    });
  }

  protected swap(): void {
    this.sourceIndex.update((i) => (i === 0 ? 1 : 0));
  }

  protected merge(): void {
    const s = this.source();
    const t = this.target();
    if (!s || !t) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.post('/api/v1/members/merge', { body: { sourceId: s.id, targetId: t.id } }).subscribe({
      next: (r) => this.ref.close({ orders: r.moved.orders, tags: r.moved.tagLinks, brands: r.moved.brandLinks }),
      error: (err: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(err));
      },
    });
  }

  private get(id: string) {
    return this.api.get('/api/v1/members/{id}', { params: { id } });
  }
}
