import { computed, Injectable, signal } from '@angular/core';
import { type FieldProblem, type FormField, type FormFieldType, MAX_FORM_FIELDS } from '@dmh/forms';
import { CHOICE_TYPES, cleanField, DEFINITION_PATH, definitionProblems } from './form-definition';

/** A field on the builder's canvas: the API's field plus an id that survives edits of its key. */
export interface BuilderField extends FormField {
  uid: string;
}

/** The change a property panel makes: anything but the id and the type (a new type is a new field). */
export type FieldPatch = Partial<Omit<FormField, 'type'>>;

let nextUid = 0;

/**
 * The form builder's state: the fields in order, the one selected, and every problem the API would find
 * in the definition, recomputed on each change. Problems the API itself answered with (after a save) are
 * kept apart and dropped as soon as the definition changes, since they describe the one sent.
 */
@Injectable()
export class FormBuilderStore {
  private readonly state = signal<readonly BuilderField[]>([]);
  private readonly selectedUid = signal<string | null>(null);
  private readonly serverProblems = signal<readonly FieldProblem[]>([]);

  readonly fields = this.state.asReadonly();
  readonly selected = computed(() => this.state().find((f) => f.uid === this.selectedUid()) ?? null);
  /** What the API receives: each field cleaned of constraints that are unset or do not apply to its type. */
  readonly definition = computed(() => this.state().map(({ uid: _uid, ...field }) => cleanField(field)));
  readonly problems = computed(() => [...definitionProblems(this.definition()), ...this.serverProblems()]);
  readonly valid = computed(() => this.problems().length === 0);
  readonly full = computed(() => this.state().length >= MAX_FORM_FIELDS);

  /** Replaces the fields (a campaign opened for editing); nothing selected. */
  load(fields: readonly FormField[]): void {
    this.state.set(fields.map((f) => ({ ...f, uid: uid() })));
    this.selectedUid.set(null);
    this.serverProblems.set([]);
  }

  /**
   * Adds a field of `type` at `index` (the end by default) and selects it. Its key is free (a phone field
   * takes `phone`, the key orders read the phone from, when no field has it); a choice starts with `options`.
   */
  add(type: FormFieldType, copy: { label: string; options: string[] }, index = this.state().length): BuilderField | null {
    if (this.full()) return null;
    const field: BuilderField = { uid: uid(), key: this.freeKey(type), label: copy.label, type, required: type === 'phone' };
    if (CHOICE_TYPES.includes(type)) field.options = [...copy.options];
    const fields = [...this.state()];
    fields.splice(Math.max(0, Math.min(index, fields.length)), 0, field);
    this.commit(fields);
    this.selectedUid.set(field.uid);
    return field;
  }

  move(from: number, to: number): void {
    const fields = [...this.state()];
    if (from < 0 || from >= fields.length || from === to) return;
    const [field] = fields.splice(from, 1);
    fields.splice(Math.max(0, Math.min(to, fields.length)), 0, field);
    this.commit(fields);
  }

  configure(uid: string, patch: FieldPatch): void {
    this.commit(this.state().map((f) => (f.uid === uid ? { ...f, ...patch } : f)));
  }

  remove(uid: string): void {
    this.commit(this.state().filter((f) => f.uid !== uid));
    if (this.selectedUid() === uid) this.selectedUid.set(null);
  }

  select(uid: string | null): void {
    this.selectedUid.set(uid);
  }

  /** The API's answer about the definition sent (`body.formFields…`), shown until the next change. */
  setServerProblems(problems: readonly FieldProblem[]): void {
    this.serverProblems.set(problems.filter((p) => p.field === DEFINITION_PATH || p.field.startsWith(`${DEFINITION_PATH}.`)));
  }

  /** The problems of the field with this id, by property (`key`, `options`, `''` for the field as a whole). */
  problemsOf(uid: string): Record<string, FieldProblem[]> {
    const index = this.state().findIndex((f) => f.uid === uid);
    const prefix = `${DEFINITION_PATH}.${index}`;
    const out: Record<string, FieldProblem[]> = {};
    for (const p of this.problems()) {
      if (index < 0 || (p.field !== prefix && !p.field.startsWith(`${prefix}.`))) continue;
      const property = p.field.slice(prefix.length + 1).split('.')[0] ?? '';
      (out[property] ??= []).push(p);
    }
    return out;
  }

  /** Problems not about one field (too many fields). */
  readonly formProblems = computed(() => this.problems().filter((p) => p.field === DEFINITION_PATH));

  private commit(fields: BuilderField[]): void {
    this.state.set(fields);
    this.serverProblems.set([]);
  }

  private freeKey(type: FormFieldType): string {
    const taken = new Set(this.state().map((f) => f.key.toLowerCase()));
    if (type === 'phone' && !taken.has('phone')) return 'phone';
    for (let n = 1; ; n++) if (!taken.has(`${type}_${n}`)) return `${type}_${n}`;
  }
}

function uid(): string {
  nextUid += 1;
  return `f${nextUid}`;
}
