import { DatePipe } from '@angular/common';
import { Component, computed, inject, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { NodeLinks } from '../node-links/node-links';
import type { TreeNode } from '../tree/tree-state';
import { UplineForm } from '../upline-form/upline-form';

/** The chosen distributor: its numbers and upline, its links with their clicks, and (with the permission) its upline change. */
@Component({
  selector: 'app-node-detail',
  imports: [DatePipe, MatIconModule, NodeLinks, TranslocoDirective, UplineForm],
  templateUrl: './node-detail.html',
  styleUrls: ['../../orders/orders.scss', '../distributors.scss', './node-detail.scss'],
})
export class NodeDetail {
  private readonly auth = inject(AuthService);
  readonly node = input.required<TreeNode>();
  readonly brandId = input.required<string>();
  readonly moved = output<TreeNode>();
  protected readonly canMove = computed(() => this.auth.me()?.permissions.includes('distributor:manage') ?? false);
  protected readonly chain = computed(() => this.node().ancestors.map((a) => a.username).join(' ← '));
}
