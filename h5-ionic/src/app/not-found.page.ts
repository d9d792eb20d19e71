import { Component } from '@angular/core';
import { IonContent, IonHeader, IonTitle, IonToolbar } from '@ionic/angular/standalone';

@Component({
  selector: 'app-not-found',
  imports: [IonHeader, IonToolbar, IonTitle, IonContent],
  template: `
    <ion-header><ion-toolbar><ion-title>页面不存在</ion-title></ion-toolbar></ion-header>
    <ion-content>
      <main class="page-column card">
        <h1>没有找到这个页面</h1>
        <p class="muted">请从分享给您的活动链接或海报重新进入。</p>
      </main>
    </ion-content>
  `,
})
export class NotFoundPage {}
