import { computed, type Signal, signal } from '@angular/core';

/**
 * Which rows of a page are selected for a bulk action: only rows the action can apply to (`selectable`),
 * cleared whenever the page is read again.
 */
export class RowSelection<T extends { id: string }> {
  readonly ids = signal<ReadonlySet<string>>(new Set());
  readonly selected: Signal<T[]>;
  readonly allSelected: Signal<boolean>;

  constructor(
    items: Signal<readonly T[]>,
    private readonly selectable: Signal<readonly T[]>,
  ) {
    this.selected = computed(() => items().filter((row) => this.ids().has(row.id)));
    this.allSelected = computed(() => this.selectable().length > 0 && this.selected().length === this.selectable().length);
  }

  has(id: string): boolean {
    return this.ids().has(id);
  }

  toggle(id: string): void {
    const next = new Set(this.ids());
    if (!next.delete(id)) next.add(id);
    this.ids.set(next);
  }

  toggleAll(): void {
    this.ids.set(this.allSelected() ? new Set() : new Set(this.selectable().map((row) => row.id)));
  }

  clear(): void {
    this.ids.set(new Set());
  }
}
