import { DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { DateAdapter } from '@angular/material/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export const LANGUAGES = [
  { id: 'zh-CN', label: '中文' },
  { id: 'en', label: 'English' },
] as const;
export type LanguageId = (typeof LANGUAGES)[number]['id'];
export const DEFAULT_LANGUAGE: LanguageId = 'zh-CN';

const KEY = 'dmh.console.lang';

/** The console's language: Chinese unless the user chose English (remembered in this browser), for copy and dates. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly dates = inject(DateAdapter, { optional: true });
  readonly current = signal<LanguageId>(DEFAULT_LANGUAGE);

  /** At start-up: the remembered language, loaded before the first screen shows. */
  async init(): Promise<void> {
    const saved = localStorage.getItem(KEY);
    await this.use(LANGUAGES.some((l) => l.id === saved) ? (saved as LanguageId) : DEFAULT_LANGUAGE);
  }

  async use(lang: LanguageId): Promise<void> {
    await firstValueFrom(this.transloco.load(lang));
    this.transloco.setActiveLang(lang);
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    this.dates?.setLocale(lang); // date pickers read and write dates the language's way
    localStorage.setItem(KEY, lang);
  }
}
