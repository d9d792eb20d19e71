import type { DestroyRef } from '@angular/core';

/**
 * Calls `tick` every `ms` while the page is visible, and once as soon as a hidden page is shown again (`'shown'`),
 * until `destroyRef` ends: a page that refreshes itself asks nothing while nobody looks at it.
 */
export function whileVisible(document: Document, destroyRef: DestroyRef, ms: number, tick: (cause: 'timer' | 'shown') => void): void {
  const visible = () => document.visibilityState !== 'hidden';
  const timer = setInterval(() => visible() && tick('timer'), ms);
  const onVisibility = () => visible() && tick('shown');
  document.addEventListener('visibilitychange', onVisibility);
  destroyRef.onDestroy(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  });
}
