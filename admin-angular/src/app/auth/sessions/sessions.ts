import { DatePipe } from '@angular/common';
import { Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { describeError, type Message } from '../../core/errors/error-messages';

type Session = Data<'/api/v1/auth/sessions', 'get'>['items'][number];

/** "My sessions": where the admin is signed in, and revoking one (revoking this one signs out here). */
@Component({
  selector: 'app-sessions',
  imports: [DatePipe, MatButtonModule, MatChipsModule, MatIconModule, MatTableModule, TranslocoDirective],
  templateUrl: './sessions.html',
  styleUrl: './sessions.scss',
})
export class Sessions implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);

  protected readonly columns = ['device', 'ip', 'createdAt', 'lastSeenAt', 'expiresAt', 'actions'];
  protected readonly sessions = signal<Session[] | null>(null);
  protected readonly failure = signal<Message | null>(null);
  protected readonly revoking = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.failure.set(null);
    this.sessions.set(null);
    this.api.get('/api/v1/auth/sessions', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (page) => this.sessions.set([...page.items].sort((a, b) => Number(b.current) - Number(a.current))), // this one first
      error: (err: unknown) => this.failure.set(describeError(err)),
    });
  }

  protected revokeSession(session: Session): void {
    this.revoking.set(session.id);
    this.api.delete('/api/v1/auth/sessions/{id}', { params: { id: session.id } }).subscribe({
      next: () => {
        this.revoking.set(null);
        if (session.current) {
          this.auth.expire();
          return;
        }
        this.snackBar.open(this.i18n.translate('sessions.revoked'), this.i18n.translate('common.close'), { duration: 4000 });
        this.sessions.update((list) => list?.filter((s) => s.id !== session.id) ?? null);
      },
      error: (err: unknown) => {
        this.revoking.set(null);
        const m = describeError(err);
        this.snackBar.open(this.i18n.translate(m.key, m.params), this.i18n.translate('common.close'), { duration: 8000 });
      },
    });
  }
}
