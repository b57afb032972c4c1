import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../tests/helpers/memory-store';
import { noteUrl, urlAtStart } from './tab-url';

describe('the URLs noted for a tab', () => {
	it('give a reload at an earlier URL of the page the last URL it wrote', () => {
		const store = memoryStore();
		expect(urlAtStart('?g=GM9999', false, store)).toBe('?g=GM9999');
		noteUrl('?g=GM9999&w=WK999901', store);
		noteUrl('?g=GM9999&w=WK999901%2CWK999902', store);
		// The reload was asked for before the last write.
		expect(urlAtStart('?g=GM9999&w=WK999901', true, store)).toBe('?g=GM9999&w=WK999901%2CWK999902');
		// Reloaded again before it wrote its URL: the same view.
		expect(urlAtStart('?g=GM9999&w=WK999901', true, store)).toBe('?g=GM9999&w=WK999901%2CWK999902');
		// Each start forgets the URLs of the pages before it.
		noteUrl('?g=GM9999&w=WK999901%2CWK999902', store);
		expect(urlAtStart('?g=GM9999&w=WK999901%2CWK999902', true, store)).toBe(
			'?g=GM9999&w=WK999901%2CWK999902'
		);
		expect(urlAtStart('?g=GM9999', true, store)).toBe('?g=GM9999');
	});

	it('leave a page opened any other way at its own URL, and start again from it', () => {
		const store = memoryStore();
		urlAtStart('?g=GM9999', false, store);
		noteUrl('?g=GM0518', store);
		// A link or bookmark to an earlier view, or going back: that view is asked for.
		expect(urlAtStart('?g=GM9999', false, store)).toBe('?g=GM9999');
		// A reload at a URL this page never had (typed in): that URL.
		expect(urlAtStart('?g=GM0363', true, store)).toBe('?g=GM0363');
		// The notes are this page's only: the first page's URLs are gone.
		expect(urlAtStart('?g=GM0518', true, store)).toBe('?g=GM0518');
	});

	it('keep the last ten URLs, once each in a row', () => {
		const store = memoryStore();
		urlAtStart('?p=0', false, store);
		for (let i = 1; i <= 12; i++) noteUrl(`?p=${i}`, store);
		noteUrl('?p=12', store);
		expect(JSON.parse(store.items.get('wijkpeil:urls-van-dit-tabblad')!)).toEqual(
			Array.from({ length: 10 }, (_, i) => `?p=${i + 3}`)
		);
		expect(urlAtStart('?p=3', true, store)).toBe('?p=12');
		urlAtStart('?p=0', false, store);
		for (let i = 1; i <= 12; i++) noteUrl(`?p=${i}`, store);
		expect(urlAtStart('?p=2', true, store)).toBe('?p=2');
	});

	it('never throw: full or blocked storage, or damaged notes, leave the URL as it is', () => {
		noteUrl('?g=GM9999', memoryStore(true));
		expect(urlAtStart('?g=GM9999', true, memoryStore(true))).toBe('?g=GM9999');
		const store = memoryStore();
		store.setItem('wijkpeil:urls-van-dit-tabblad', '["?g=GM9999",');
		expect(urlAtStart('?g=GM9999', true, store)).toBe('?g=GM9999');
		store.setItem('wijkpeil:urls-van-dit-tabblad', '["?g=GM9999", 3]');
		expect(urlAtStart('?g=GM9999', true, store)).toBe('?g=GM9999');
		const blocked = {
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			removeItem: () => undefined
		};
		expect(urlAtStart('?g=GM9999', true, blocked)).toBe('?g=GM9999');
		expect(() => noteUrl('?g=GM0518', blocked)).not.toThrow();
	});
});
