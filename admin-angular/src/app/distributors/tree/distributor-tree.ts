import { Component, computed, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { DistributorsNav } from '../distributors-nav';
import { NodeDetail } from '../node-detail/node-detail';
import {
  type Branch, branchFailed, branchLoaded, branchLoading, emptyTree, needsLoad, TOP, toggleExpanded, type TreeNode, type TreeState, visibleRows,
} from './tree-state';

type Brand = Data<'/api/v1/brands', 'get'>['items'][number];
type SearchState = { kind: 'loading'; q: string } | { kind: 'error'; q: string; message: Message } | { kind: 'ready'; q: string; items: TreeNode[]; total: number };

const PAGE_SIZE = 20;

/**
 * A brand's distributor network: the level-1 distributors, each opened on demand (its team is loaded when
 * it is opened, a page at a time), every node with its earnings and counts; a search over the whole brand;
 * the chosen distributor's detail, links and upline change beside it. Brand and search live in the address.
 */
@Component({
  selector: 'app-distributor-tree',
  imports: [
    DistributorsNav, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, NodeDetail, ReactiveFormsModule,
    TranslocoDirective,
  ],
  templateUrl: './distributor-tree.html',
  styleUrls: ['../../orders/orders.scss', '../distributors.scss', './distributor-tree.scss'],
})
export class DistributorTree implements OnInit {
  private readonly api = inject(Api);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly skeletonRows = Array.from({ length: 6 }, (_, i) => i);
  protected readonly brands = signal<Brand[] | null>(null);
  protected readonly brandsError = signal<Message | null>(null);
  protected readonly brandId = signal<string | null>(null);
  protected readonly tree = signal<TreeState>(emptyTree());
  protected readonly rows = computed(() => visibleRows(this.tree()));
  protected readonly top = computed((): Branch | undefined => this.tree().branches[TOP]);
  protected readonly search = signal<SearchState | null>(null);
  protected readonly selected = signal<TreeNode | null>(null);
  protected readonly brandName = computed(() => this.brands()?.find((b) => b.id === this.brandId())?.name ?? '');
  protected readonly searchForm = this.fb.group({ q: this.fb.control('', [Validators.maxLength(50)]) });

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap;
    const q = params.get('q')?.trim() ?? '';
    this.searchForm.setValue({ q });
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (page) => {
        this.brands.set(page.items);
        const wanted = params.get('brand');
        const brand = page.items.find((b) => b.id === wanted) ?? page.items[0];
        if (brand) this.chooseBrand(brand.id, q);
      },
      error: (err: unknown) => this.brandsError.set(describeError(err)),
    });
  }

  protected chooseBrand(brandId: string, q = ''): void {
    this.brandId.set(brandId);
    this.selected.set(null);
    this.tree.set(emptyTree());
    this.loadBranch(TOP, 1);
    if (q) this.runSearch(q);
    else this.clearSearch();
  }

  protected toggle(node: TreeNode): void {
    this.tree.update((s) => toggleExpanded(s, node.id));
    if (needsLoad(this.tree(), node.id)) this.loadBranch(node.id, 1);
  }

  protected loadMore(parent: string): void {
    const branch = this.tree().branches[parent];
    if (branch?.kind === 'loading') return;
    this.loadBranch(parent, (branch?.page ?? 0) + 1); // after a failure: the page that failed, again
  }

  protected submitSearch(): void {
    const q = this.searchForm.getRawValue().q.trim();
    if (this.searchForm.invalid) return;
    if (q) this.runSearch(q);
    else this.clearSearch();
  }

  protected clearSearch(): void {
    this.searchForm.setValue({ q: '' });
    this.search.set(null);
    this.keepAddress();
  }

  /** After an upline change the tree is read again from the top; the moved distributor stays chosen. */
  protected afterMove(node: TreeNode): void {
    this.tree.set(emptyTree());
    this.loadBranch(TOP, 1);
    this.selected.set(node);
    const s = this.search();
    if (s) this.runSearch(s.q);
  }

  protected nameOf(node: TreeNode): string {
    return node.realName ? `${node.realName}（${node.username}）` : node.username;
  }

  protected chainOf(node: TreeNode): string {
    return node.ancestors.map((a) => a.username).join(' ← ');
  }

  private runSearch(q: string): void {
    const brandId = this.brandId();
    if (!brandId) return;
    this.search.set({ kind: 'loading', q });
    this.keepAddress();
    this.api.get('/api/v1/distributor/tree', { query: { brandId, q, page: 1, pageSize: 50 } }).subscribe({
      next: (page) => this.search.set({ kind: 'ready', q, items: page.items, total: page.total }),
      error: (err: unknown) => this.search.set({ kind: 'error', q, message: describeError(err) }),
    });
  }

  private loadBranch(parent: string, page: number): void {
    const brandId = this.brandId();
    if (!brandId) return;
    this.tree.update((s) => branchLoading(s, parent));
    const query = { brandId, page, pageSize: PAGE_SIZE, ...(parent === TOP ? {} : { parentId: parent }) };
    this.api.get('/api/v1/distributor/tree', { query }).subscribe({
      next: (answer) => {
        if (this.brandId() === brandId) this.tree.update((s) => branchLoaded(s, parent, answer));
      },
      error: (err: unknown) => {
        if (this.brandId() === brandId) this.tree.update((s) => branchFailed(s, parent, describeError(err)));
      },
    });
  }

  private keepAddress(): void {
    const q = this.search()?.q ?? null;
    void this.router.navigate([], { relativeTo: this.route, queryParams: { brand: this.brandId(), q }, replaceUrl: true });
  }
}
