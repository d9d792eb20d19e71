import { Component, computed, effect, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoDirective } from '@jsverse/transloco';
import type { FieldMapping, SyncTargetKind } from '@dmh/sync';
import type { Message } from '../core/errors/error-messages';
import {
  apiMappingIssues, draftIssues, draftOf, emptyRow, MAPPING_TABLES, mappingIssues, mappingOf, placeOf, SOURCE_FIELDS, TRANSFORM_TYPES,
  transformsFor, type MappingDraft, type MappingIssue, type MappingTable, type RowDraft,
} from './mapping-rules';
import { issueWords } from './mapping-words';
import { parseMapping, starterMapping } from './sync-rules';

/** A column name for a DMH field, in the brands' usual style: orderNo → ORDER_NO. */
const columnFor = (field: string) => field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/**
 * The field mapping as a table per DMH table (orders, rewards): each of the brand's columns against the
 * DMH field it takes and how (copied, constant, date format, yuan↔cents, enum map); the key and version
 * columns first, required. Checked by the API's own rules as one types (`mapping-rules.ts`), each problem —
 * the console's or the API's after a save — beside the row or box it names. A JSON view for pasting.
 */
@Component({
  selector: 'app-mapping-editor',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSlideToggleModule, TranslocoDirective],
  templateUrl: './mapping-editor.html',
  styleUrls: ['./sync.scss'],
})
export class MappingEditor {
  readonly kind = input.required<SyncTargetKind>();
  readonly readOnly = input(false);
  /** The saved mapping (null: none yet, the starter one); the editor starts again from each new value. */
  readonly source = input<{ mapping: FieldMapping | null }>({ mapping: null });
  protected readonly tables = MAPPING_TABLES;
  protected readonly transforms = TRANSFORM_TYPES;
  protected readonly fieldsOf = (t: MappingTable) => Object.keys(SOURCE_FIELDS[t]);
  protected readonly draft = signal<MappingDraft>(draftOf(starterMapping()));
  protected readonly json = signal<string | null>(null);
  protected readonly jsonProblem = signal<string | null>(null);
  /** Problems are shown once a row was edited, or for all rows after a save was tried. */
  private readonly touched = signal<ReadonlySet<string>>(new Set());
  private readonly attempted = signal(false);
  private readonly apiIssues = signal<MappingIssue[]>([]);
  private readonly issues = computed(() => [
    ...(this.json() === null ? draftIssues(this.kind(), this.draft()) : []),
    ...this.apiIssues(),
  ]);

  constructor() {
    effect(() => {
      const { mapping } = this.source();
      untracked(() => this.load(mapping));
    });
  }

  /** Starts again from a saved mapping (or the starter one). */
  load(mapping: FieldMapping | null): void {
    this.draft.set(draftOf(mapping ?? starterMapping()));
    this.json.set(null);
    this.jsonProblem.set(null);
    this.touched.set(new Set());
    this.attempted.set(false);
    this.apiIssues.set([]);
  }

  /** The mapping to send, or null when it has problems (then shown beside their rows). */
  check(): FieldMapping | null {
    this.attempted.set(true);
    this.apiIssues.set([]);
    const text = this.json();
    if (text !== null) {
      const parsed = parseMapping(text);
      if (!parsed.ok) {
        this.jsonProblem.set(parsed.problem);
        return null;
      }
      const issues = mappingIssues(this.kind(), parsed.value);
      this.jsonProblem.set(issues.length ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : null);
      return issues.length ? null : parsed.value;
    }
    return draftIssues(this.kind(), this.draft()).length ? null : mappingOf(this.draft());
  }

  /** The API's field errors inside the mapping (body.mapping.…), beside the rows they name; true if there were any. */
  showApiIssues(err: unknown): boolean {
    const issues = apiMappingIssues(err);
    this.apiIssues.set(issues);
    if (this.json() !== null && issues.length) this.jsonProblem.set(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    return issues.length > 0;
  }

  protected problems(table: MappingTable, row: number | null, cell: string | null): Message[] {
    const shown = this.issues().filter((i) => {
      const place = placeOf(i.path);
      if (place.table !== table || place.row !== row || (row === null && place.cell !== cell)) return false;
      return this.attempted() || this.apiIssues().includes(i) || this.touched().has(row === null ? `${table}.${cell}` : `${table}.${row}`);
    });
    return shown.map((i) => issueWords(i));
  }

  /** DMH fields no row reads yet (the key column holds the id), offered as one-click rows. */
  protected unmapped(table: MappingTable): string[] {
    const used = new Set(this.draft()[table].rows.map((r) => r.from));
    return this.fieldsOf(table).filter((f) => f !== 'id' && !used.has(f));
  }

  protected transformsOf(table: MappingTable, row: RowDraft): readonly string[] {
    return transformsFor(SOURCE_FIELDS[table][row.from]);
  }

  protected setTable(table: MappingTable, part: 'table' | 'key' | 'version', value: string): void {
    this.edit(table, `${table}.${part}`, (t) => ({ ...t, [part]: value }));
  }

  protected setRow(table: MappingTable, index: number, change: Partial<RowDraft>): void {
    this.edit(table, `${table}.${index}`, (t) => ({
      ...t,
      rows: t.rows.map((r, i) => {
        if (i !== index) return r;
        const next = { ...r, ...change };
        // A constant reads no field; a new transform starts with an empty parameter.
        if (change.transform === 'constant') next.from = '';
        if (change.transform && change.transform !== r.transform) next.param = change.transform === 'dateFormat' ? 'YYYY-MM-DD HH:mm:ss' : '';
        return next;
      }),
    }));
  }

  protected addRow(table: MappingTable, field = ''): void {
    const row: RowDraft = { ...emptyRow(), from: field, column: field ? columnFor(field) : '' };
    this.edit(table, `${table}.${this.draft()[table].rows.length}`, (t) => ({ ...t, rows: [...t.rows, row] }), field !== '');
  }

  protected removeRow(table: MappingTable, index: number): void {
    this.touched.set(new Set());
    this.edit(table, null, (t) => ({ ...t, rows: t.rows.filter((_, i) => i !== index) }));
  }

  protected toggleJson(on: boolean): void {
    if (on) {
      this.json.set(JSON.stringify(mappingOf(this.draft()), null, 2));
      return;
    }
    const parsed = parseMapping(this.json() ?? '');
    const issues = parsed.ok ? mappingIssues(this.kind(), parsed.value).filter((i) => i.code !== 'custom') : [];
    if (!parsed.ok || issues.length) {
      this.jsonProblem.set(parsed.ok ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : parsed.problem);
      return; // stays in JSON until it has the mapping's shape
    }
    this.draft.set(draftOf(parsed.value));
    this.json.set(null);
    this.jsonProblem.set(null);
  }

  protected setJson(text: string): void {
    this.json.set(text);
    this.apiIssues.set([]);
  }

  private edit(table: MappingTable, touchedKey: string | null, change: (t: MappingDraft[MappingTable]) => MappingDraft[MappingTable], touch = true): void {
    this.apiIssues.set([]);
    this.draft.update((d) => ({ ...d, [table]: change(d[table]) }));
    if (touchedKey && touch) this.touched.update((s) => new Set(s).add(touchedKey));
  }
}
