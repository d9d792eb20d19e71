import { Component, inject, input, signal } from '@angular/core';
import { IonButton, IonSkeletonText } from '@ionic/angular/standalone';
import { Api } from '../core/api/api.service';
import { errorText } from '../core/api/error-text';
import { load } from '../core/api/load';
import { teamByLevel } from './distributor-model';

/** 团队: the distributors the caller recruited, and theirs, by level. */
@Component({
  selector: 'app-team-panel',
  imports: [IonButton, IonSkeletonText],
  template: `
    @if (team(); as levels) {
      @for (l of levels; track l.level) {
        <section class="card" [attr.aria-label]="l.label">
          <h2>{{ l.label }} <span class="muted small">{{ l.members.length }} 人</span></h2>
          @if (l.members.length === 0) {
            <p class="muted small">{{ l.level === 1 ? '还没有成员。分享链接，好友报名后可申请成为您的下级分销员。' : '直属成员发展的分销员会出现在这里。' }}</p>
          }
          <ul>
            @for (m of l.members; track m.id) {
              <li><span>{{ m.username }}</span><span class="muted small">{{ m.status === 'active' ? '已通过' : m.status === 'pending' ? '审核中' : '未生效' }} · 订单 {{ m.orderCount }}</span></li>
            }
          </ul>
        </section>
      }
    } @else if (problem()) {
      <section class="card state" role="alert"><p>{{ problem() }}</p><ion-button (click)="fetch()">重试</ion-button></section>
    } @else {
      <div class="card" aria-busy="true" aria-label="正在加载团队">
        <ion-skeleton-text [animated]="true" style="height: 40px" /><ion-skeleton-text [animated]="true" style="height: 40px" />
      </div>
    }
  `,
  styles: `
    h2 { font-size: 1.0625rem; margin: 0 0 8px; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { display: flex; justify-content: space-between; padding: 8px 0; border-top: 1px solid #ececf0; }
    .small { font-size: 0.8125rem; }
    .state { text-align: center; }
  `,
})
export class TeamPanel {
  readonly brandId = input.required<string>();
  private readonly api = inject(Api);
  protected readonly team = signal<ReturnType<typeof teamByLevel> | null>(null);
  protected readonly problem = signal<string | null>(null);

  ngOnInit(): void {
    void this.fetch();
  }

  protected async fetch(): Promise<void> {
    this.problem.set(null);
    try {
      this.team.set(teamByLevel(await load(this.api.get('/api/v1/distributor/subordinates/{brandId}', { params: { brandId: this.brandId() }, query: {} }))));
    } catch (err) {
      this.problem.set(errorText(err));
    }
  }
}
