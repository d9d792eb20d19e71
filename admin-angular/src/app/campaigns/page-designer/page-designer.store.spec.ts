import { TestBed } from '@angular/core/testing';
import type { PageConfigBody } from '@dmh/pages';
import { PageDesignerStore } from './page-designer.store';

describe('PageDesignerStore', () => {
  let store: PageDesignerStore;
  const types = () => store.blocks().map((b) => b.type);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [PageDesignerStore] });
    store = TestBed.inject(PageDesignerStore);
  });

  it('adds blocks where they are dropped, with unique ids, and selects the new one', () => {
    store.add('banner', { imageUrl: 'https://cdn.example.com/b.png' });
    store.add('faq', { items: [{ question: '几点？', answer: '九点' }] });
    const rich = store.add('richText', { html: '<p>x</p>' }, 1);
    expect(types()).toEqual(['banner', 'richText', 'faq']);
    expect(store.selected()).toEqual(rich);
    store.add('banner', { imageUrl: 'https://cdn.example.com/c.png' });
    expect(store.blocks().map((b) => b.id)).toEqual(['banner-1', 'richText-1', 'faq-1', 'banner-2']);
  });

  it('refuses a second form or share block, as the API does', () => {
    expect(store.add('form', {})).not.toBeNull();
    expect(store.canAdd('form')).toBeFalse();
    expect(store.add('form', {})).toBeNull();
    store.add('share', { title: '一起来' });
    expect(store.add('share', { title: '再来' })).toBeNull();
    expect(types()).toEqual(['form', 'share']);
  });

  it('reorders, and undo/redo walk back and forth through every change', () => {
    store.add('banner', { imageUrl: 'https://cdn.example.com/b.png' });
    store.add('countdown', { target: 'end' });
    store.add('form', {});
    store.move(2, 0);
    expect(types()).toEqual(['form', 'banner', 'countdown']);
    store.undo();
    expect(types()).toEqual(['banner', 'countdown', 'form']);
    store.undo();
    expect(types()).toEqual(['banner', 'countdown']);
    expect(store.canRedo()).toBeTrue();
    store.redo();
    store.redo();
    expect(types()).toEqual(['form', 'banner', 'countdown']);
    expect(store.canRedo()).toBeFalse();
    store.undo();
    store.remove('banner-1');
    expect(store.canRedo()).withContext('a new change forgets what was undone').toBeFalse();
    store.undo();
    expect(types()).toEqual(['banner', 'countdown', 'form']);
  });

  it('typing into one property is one undo step; another property starts a new one', () => {
    store.add('share', { title: '' });
    for (const title of ['邀', '邀请', '邀请好友']) store.configure('share-1', { title });
    store.configure('share-1', { buttonText: '分享' });
    store.undo();
    expect(store.selected()).toEqual(jasmine.objectContaining({ title: '邀请好友' }));
    expect((store.blocks()[0] as { buttonText?: string }).buttonText).toBeUndefined();
    store.undo();
    expect(store.blocks()[0]).toEqual(jasmine.objectContaining({ title: '' }));
    store.undo();
    expect(store.blocks()).toEqual([]);
  });

  it('finds the problems the API would, beside the block and property they name', () => {
    store.add('banner', { imageUrl: '' });
    store.add('faq', { items: [{ question: '', answer: '答' }] });
    const problems = store.problemsOf('banner-1');
    expect(Object.keys(problems)).toEqual(['imageUrl']);
    expect(store.problemsOf('faq-1')['items'][0].message).toMatch(/^0\.question: /);
    store.configure('banner-1', { imageUrl: 'https://cdn.example.com/b.png' });
    expect(store.problemsOf('banner-1')).toEqual({});
    expect(store.valid()).toBeFalse();
  });

  it("places the API's own refusals by block and drops them at the next change", () => {
    store.add('richText', { html: '<script>x</script>' });
    store.add('spacer', { height: 24 });
    store.setServerProblems([
      { field: 'body.blocks.0.html', code: 'empty_after_sanitize', message: 'nothing is left' },
      { field: 'body.blocks', code: 'too_big', message: 'too many' },
      { field: 'query.x', code: 'x', message: 'not ours' },
    ]);
    expect(store.problemsOf('richText-1')['html'].map((p) => p.code)).toEqual(['empty_after_sanitize']);
    expect(store.placed().page.map((p) => p.field)).toEqual(['body.blocks']);
    store.move(1, 0);
    expect(store.problemsOf('richText-1')).toEqual({});
    expect(store.valid()).toBeTrue();
  });

  it('sends optional properties left empty as absent, and knows what is unsaved', () => {
    const saved: PageConfigBody = { title: '春季', blocks: [{ id: 'share-1', type: 'share', title: '一起来' }] };
    store.load(saved);
    expect(store.dirty()).toBeFalse();
    expect(store.canUndo()).toBeFalse();
    store.configure('share-1', { description: '  ' });
    expect(store.config()).toEqual(saved);
    expect(store.dirty()).toBeFalse();
    store.configure('share-1', { description: '好玩' });
    expect(store.dirty()).toBeTrue();
    store.markSaved();
    expect(store.dirty()).toBeFalse();
  });

  it('restores an older version as an undoable change', () => {
    store.load({ blocks: [{ id: 'form-1', type: 'form' }] });
    store.restore({ blocks: [{ id: 'spacer-1', type: 'spacer', height: 8 }, { id: 'form-1', type: 'form' }] });
    expect(types()).toEqual(['spacer', 'form']);
    store.undo();
    expect(types()).toEqual(['form']);
  });
});
