import { DestroyRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, throwError } from 'rxjs';
import { ApiError } from '../../core/api/api-error';
import { compact, dayInstant, type Page, PagedList } from './paged-list';

describe('PagedList', () => {
  const destroyRef = () => TestBed.inject(DestroyRef);
  const page = (items: string[], total = items.length): Page<string> => ({ items, total, page: 1, pageSize: 20 });

  it('loads, then shows the page; a newer request replaces the one in flight', () => {
    const answers: Array<Subject<Page<string>>> = [];
    const asked: Array<[number, number]> = [];
    const list = new PagedList<string>((p, size) => {
      asked.push([p, size]);
      const s = new Subject<Page<string>>();
      answers.push(s);
      return s;
    }, destroyRef());
    list.reload();
    expect(list.state().kind).toBe('loading');
    list.changePage({ pageIndex: 2, pageSize: 50, length: 200 });
    answers[0]!.next(page(['stale']));
    expect(list.state().kind).toBe('loading');
    answers[1]!.next(page(['a', 'b'], 102));
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.total()).toBe(102);
    expect(asked).toEqual([[1, 20], [3, 50]]);
    list.restart();
    expect(asked[2]).toEqual([1, 50]);
  });

  it('says an API failure in words, or what onError left to say', () => {
    const err = new ApiError(500, 50000, 'boom', [], 'c-1');
    const plain = new PagedList<string>(() => throwError(() => err), destroyRef());
    plain.reload();
    expect(plain.state()).toEqual({ kind: 'error', message: { key: 'errors.INTERNAL', params: { correlationId: 'c-1' } } });
    const mapped = new PagedList<string>(() => throwError(() => err), destroyRef(), () => ({ key: 'x.beside' }));
    mapped.reload();
    expect(mapped.state()).toEqual({ kind: 'error', message: { key: 'x.beside' } });
  });
});

describe('compact and dayInstant', () => {
  it('leaves out empty values', () => {
    expect(compact({ a: '', b: null, c: 'x', d: 0 })).toEqual({ c: 'x', d: 0 });
  });
  it('gives a local day as its first instant, or the next day\'s with endOfDay', () => {
    const day = new Date(2026, 11, 3, 15, 30);
    expect(dayInstant(day)).toBe(new Date(2026, 11, 3).toISOString());
    expect(dayInstant(day, true)).toBe(new Date(2026, 11, 4).toISOString());
    expect(dayInstant(null)).toBeUndefined();
  });
});
