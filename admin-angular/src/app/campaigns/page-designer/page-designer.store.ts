import { computed, Injectable, signal } from '@angular/core';
import { MAX_BLOCKS, type PageBlock, type PageBlockType, type PageConfigBody, type PageProblem, SINGLE_BLOCKS } from '@dmh/pages';
import { BODY, cleanDesign, type Design, designProblems, freeId, problemsByBlock } from './page-design';

/** What a property panel changes: any property but the id and the type (a new type is a new block). */
export type BlockPatch = Record<string, unknown>;

const HISTORY = 100;

/**
 * The page designer's state: the design (blocks in order, page title and theme), the block selected, and
 * the history for undo/redo. Every change is one step back, except that typing into one property of one
 * block is one step however many keys it took. Problems are those the API's schema would find, recomputed
 * on each change; the API's own answer to a save is kept apart and dropped at the next change.
 */
@Injectable()
export class PageDesignerStore {
  private readonly state = signal<Design>({ blocks: [] });
  private readonly past = signal<readonly Design[]>([]);
  private readonly future = signal<readonly Design[]>([]);
  private readonly selectedId = signal<string | null>(null);
  private readonly serverProblems = signal<readonly PageProblem[]>([]);
  private readonly savedAs = signal<string>(JSON.stringify(cleanDesign({ blocks: [] })));
  /** The property being typed into (`blockId.property`): further keys there join the same undo step. */
  private typing: string | null = null;

  readonly design = this.state.asReadonly();
  readonly blocks = computed(() => this.state().blocks as PageBlock[]);
  readonly selected = computed(() => this.state().blocks.find((b) => b.id === this.selectedId()) ?? null);
  /** What the API receives. */
  readonly config = computed<PageConfigBody>(() => cleanDesign(this.state()));
  readonly problems = computed(() => [...designProblems(this.state()), ...this.serverProblems()]);
  readonly placed = computed(() => problemsByBlock(this.state().blocks, this.problems()));
  readonly valid = computed(() => this.problems().length === 0);
  readonly canUndo = computed(() => this.past().length > 0);
  readonly canRedo = computed(() => this.future().length > 0);
  readonly dirty = computed(() => JSON.stringify(this.config()) !== this.savedAs());
  readonly full = computed(() => this.state().blocks.length >= MAX_BLOCKS);

  /** Replaces the design (a saved version opened), forgetting the history; nothing selected. */
  load(config: PageConfigBody | null): void {
    this.state.set(config ? structuredClone(config) : { blocks: [] });
    this.past.set([]);
    this.future.set([]);
    this.selectedId.set(null);
    this.serverProblems.set([]);
    this.typing = null;
    this.markSaved();
  }

  /** The design now is what the API holds (after a save). */
  markSaved(): void {
    this.savedAs.set(JSON.stringify(this.config()));
  }

  /** Brings back an older version onto the canvas as a change (undoable; saved as a new version). */
  restore(config: PageConfigBody): void {
    this.commit(structuredClone(config));
    this.selectedId.set(null);
  }

  /** Whether a block of this type may be added (at most one form and one share block; at most 50 blocks). */
  canAdd(type: PageBlockType): boolean {
    return !this.full() && !(SINGLE_BLOCKS.includes(type) && this.state().blocks.some((b) => b.type === type));
  }

  /** Adds a block of `type` with its first values at `index` (the end by default) and selects it. */
  add(type: PageBlockType, initial: BlockPatch, index = this.state().blocks.length): PageBlock | null {
    if (!this.canAdd(type)) return null;
    const blocks = [...this.state().blocks];
    const block = { ...initial, id: freeId(type, blocks), type } as PageBlock;
    blocks.splice(Math.max(0, Math.min(index, blocks.length)), 0, block);
    this.commit({ ...this.state(), blocks });
    this.selectedId.set(block.id);
    return block;
  }

  move(from: number, to: number): void {
    const blocks = [...this.state().blocks];
    if (from < 0 || from >= blocks.length || from === to) return;
    const [block] = blocks.splice(from, 1);
    blocks.splice(Math.max(0, Math.min(to, blocks.length)), 0, block);
    this.commit({ ...this.state(), blocks });
  }

  /** Changes properties of a block; consecutive changes of the same single property are one undo step. */
  configure(id: string, patch: BlockPatch): void {
    const keys = Object.keys(patch).filter((k) => k !== 'id' && k !== 'type');
    const blocks = this.state().blocks.map((b) => (b.id === id ? ({ ...b, ...pick(patch, keys) } as PageBlock) : b));
    const step = keys.length === 1 ? `${id}.${keys[0]}` : null;
    this.commit({ ...this.state(), blocks }, step !== null && step === this.typing);
    this.typing = step;
  }

  /** The page's own title and theme colours. */
  configurePage(patch: Partial<Pick<Design, 'title' | 'theme'>>): void {
    const step = `page.${Object.keys(patch).join(',')}`;
    this.commit({ ...this.state(), ...patch }, step === this.typing);
    this.typing = step;
  }

  remove(id: string): void {
    this.commit({ ...this.state(), blocks: this.state().blocks.filter((b) => b.id !== id) });
    if (this.selectedId() === id) this.selectedId.set(null);
  }

  select(id: string | null): void {
    this.selectedId.set(id);
    this.typing = null;
  }

  undo(): void {
    const past = this.past();
    if (past.length === 0) return;
    this.future.update((f) => [this.state(), ...f]);
    this.past.set(past.slice(0, -1));
    this.restoreState(past[past.length - 1]);
  }

  redo(): void {
    const [next, ...rest] = this.future();
    if (!next) return;
    this.past.update((p) => [...p, this.state()].slice(-HISTORY));
    this.future.set(rest);
    this.restoreState(next);
  }

  /** The API's answer about the page sent (`body.blocks.2.title`), shown until the next change. */
  setServerProblems(problems: readonly PageProblem[]): void {
    this.serverProblems.set(problems.filter((p) => p.field === BODY || p.field.startsWith(`${BODY}.`)));
  }

  /** The problems of one block, by property (`''`: the block as a whole). */
  problemsOf(id: string): Record<string, PageProblem[]> {
    return this.placed().byBlock.get(id) ?? {};
  }

  private restoreState(design: Design): void {
    this.state.set(design);
    this.serverProblems.set([]);
    this.typing = null;
    if (this.selectedId() && !design.blocks.some((b) => b.id === this.selectedId())) this.selectedId.set(null);
  }

  /** A new state; `merge` replaces the current step instead of adding one (typing on). */
  private commit(next: Design, merge = false): void {
    if (!merge) this.past.update((p) => [...p, this.state()].slice(-HISTORY));
    this.future.set([]);
    this.state.set(next);
    this.serverProblems.set([]);
    this.typing = null;
  }
}

function pick(patch: BlockPatch, keys: string[]): BlockPatch {
  return Object.fromEntries(keys.map((k) => [k, patch[k]]));
}
