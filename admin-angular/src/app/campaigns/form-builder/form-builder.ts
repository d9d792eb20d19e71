import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDragPlaceholder, CdkDropList } from '@angular/cdk/drag-drop';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { FORM_FIELD_TYPES, type FormFieldType } from '@dmh/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { problemMessage } from '../campaign-editor/campaign-problems';
import { FieldConfig } from './field-config';
import { type BuilderField, FormBuilderStore } from './form-builder.store';
import { FormPreview } from './form-preview';

export const TYPE_ICONS: Record<FormFieldType, string> = {
  text: 'short_text', phone: 'smartphone', number: 'pin', select: 'arrow_drop_down_circle', radio: 'radio_button_checked', checkbox: 'check_box',
  date: 'calendar_month', address: 'location_on',
};

/**
 * The sign-up form's builder: a palette of every field type the API accepts (dragged onto the form, or
 * added by a click or Enter), the form's fields reordered by dragging (or the up/down buttons), each
 * configured in place, and a live preview as the consumer sees it. The state is FormBuilderStore's.
 */
@Component({
  selector: 'app-form-builder',
  imports: [CdkDrag, CdkDragHandle, CdkDragPlaceholder, CdkDropList, MatButtonModule, MatIconModule, MatTooltipModule, TranslocoDirective, FieldConfig, FormPreview],
  templateUrl: './form-builder.html',
  styleUrl: './form-builder.scss',
})
export class FormBuilder {
  protected readonly store = inject(FormBuilderStore);
  private readonly i18n = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly types = FORM_FIELD_TYPES;
  protected readonly icons = TYPE_ICONS;
  protected readonly problemMessage = problemMessage;

  protected addField(type: FormFieldType, index?: number): void {
    const t = (key: string) => this.i18n.translate(`campaignEditor.${key}`);
    const added = this.store.add(type, { label: t(`types.${type}`), options: [t('option1'), t('option2')] }, index);
    void this.announcer.announce(added ? this.i18n.translate('campaignEditor.added', { label: added.label }) : t('full'));
  }

  /** A palette type dropped on the form adds a field there; a field dropped elsewhere in the form moves. */
  protected dropped(event: CdkDragDrop<readonly BuilderField[], unknown, FormFieldType | BuilderField>): void {
    if (event.previousContainer === event.container) this.store.move(event.previousIndex, event.currentIndex);
    else if (typeof event.item.data === 'string') this.addField(event.item.data, event.currentIndex);
  }

  protected moveBy(index: number, by: number): void {
    this.store.move(index, index + by);
  }

  protected toggle(field: BuilderField): void {
    this.store.select(this.store.selected()?.uid === field.uid ? null : field.uid);
  }

  protected hasProblems(field: BuilderField): boolean {
    return Object.keys(this.store.problemsOf(field.uid)).length > 0;
  }
}
