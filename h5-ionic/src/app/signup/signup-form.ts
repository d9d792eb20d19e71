import { Component, computed, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { FormField } from '@dmh/forms';
import { IonButton, IonCheckbox, IonInput, IonItem, IonList, IonRadio, IonRadioGroup, IonSpinner } from '@ionic/angular/standalone';
import { ERROR_CODES } from '@dmh/api-client';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/api.service';
import { ApiError } from '../core/api/api-error';
import { errorText } from '../core/api/error-text';
import { Referrals } from '../core/referral/referral-memory';
import { checkValues, emptyValues, EXTRA_PHONE_KEY, type FieldValue, type FormValues, phoneOf, serverFieldErrors, toFormData } from './form-model';

/**
 * The campaign's sign-up form, rendered from its fields and checked with the server's own rules
 * (shared/src/forms) before sending; the API's field errors land beside their fields, a duplicate sign-up
 * says 您已参与过该活动. The remembered referrer goes with the order. A sign-up leads to the order's page.
 */
@Component({
  selector: 'app-signup-form',
  imports: [IonList, IonItem, IonInput, IonRadioGroup, IonRadio, IonCheckbox, IonButton, IonSpinner],
  templateUrl: './signup-form.html',
  styleUrl: './signup-form.scss',
})
export class SignupForm {
  readonly campaignId = input.required<string>();
  readonly fields = input.required<FormField[]>();
  readonly title = input<string | undefined>();
  readonly submitText = input<string | undefined>();
  /** Why sign-up is closed (not started, ended), or null when open. */
  readonly closedReason = input<string | null>(null);

  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly referrals = inject(Referrals);
  /** One key per form: a double tap or a retry after a lost answer creates one order, not two. */
  private readonly idempotencyKey = `h5-${crypto.randomUUID()}`;

  readonly extraPhoneKey = EXTRA_PHONE_KEY;
  readonly values = signal<FormValues>({});
  readonly errors = signal<Record<string, string>>({});
  readonly problem = signal<string | null>(null);
  readonly duplicate = signal(false);
  readonly sending = signal(false);
  readonly needsExtraPhone = computed(() => EXTRA_PHONE_KEY in this.values());

  ngOnInit(): void {
    this.values.set(emptyValues(this.fields()));
  }

  text(key: string): string {
    const v = this.values()[key];
    return typeof v === 'string' ? v : '';
  }

  chosen(key: string, option: string): boolean {
    const v = this.values()[key];
    return Array.isArray(v) && v.includes(option);
  }

  set(key: string, value: FieldValue | null | undefined): void {
    this.values.update((all) => ({ ...all, [key]: value ?? '' }));
    if (this.errors()[key]) this.errors.update(({ [key]: _, ...rest }) => rest);
  }

  /** The option a native select now shows ('' for the placeholder). */
  selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  toggle(key: string, option: string, on: boolean): void {
    const current = this.values()[key];
    const list = Array.isArray(current) ? current.filter((o) => o !== option) : [];
    this.set(key, on ? [...list, option] : list);
  }

  inputType(field: FormField): string {
    return field.type === 'phone' ? 'tel' : field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text';
  }

  async submit(): Promise<void> {
    if (this.sending() || this.closedReason()) return;
    const fields = this.fields();
    const problems = checkValues(fields, this.values());
    this.errors.set(problems);
    this.problem.set(null);
    this.duplicate.set(false);
    if (Object.keys(problems).length > 0) {
      this.problem.set('请按提示修改后再提交');
      return;
    }
    this.sending.set(true);
    const referrerId = this.referrals.referrerFor(this.campaignId()) ?? undefined;
    try {
      const order = await firstValueFrom(
        this.api.post('/api/v1/orders', {
          body: { campaignId: this.campaignId(), phone: phoneOf(fields, this.values()), formData: toFormData(fields, this.values()), referrerId, idempotencyKey: this.idempotencyKey },
        }),
      );
      await this.router.navigate(['/o', order.orderNo]);
    } catch (err) {
      this.sending.set(false);
      if (err instanceof ApiError && err.code === ERROR_CODES.ORDER_DUPLICATE.code) {
        this.duplicate.set(true);
        return;
      }
      if (err instanceof ApiError && err.fields.length > 0) {
        const { '': other, ...byField } = serverFieldErrors(fields, err.fields);
        this.errors.set(byField);
        this.problem.set(other ?? errorText(err));
        return;
      }
      this.problem.set(errorText(err));
    }
  }
}
