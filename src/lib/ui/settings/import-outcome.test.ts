import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../store';
import { storageMessage } from '../connection.svelte';
import { i18n } from '../i18n.svelte';
import { nothingToImport } from './import-outcome';

// The language switch remembers itself in the page; a stand-in for both here.
globalThis.localStorage ??= { getItem: () => null, setItem() {} } as unknown as Storage;
globalThis.document ??= { documentElement: {} } as unknown as Document;

const none = () => ({
	profiles: 0,
	attempts: 0,
	reviews: 0,
	rubricVersions: 0,
	scenarioVersions: 0
});
const summary = (over: Partial<ImportSummary> = {}): ImportSummary => ({
	added: none(),
	updated: none(),
	skipped: none(),
	conflicts: [],
	renamed: [],
	...over
});
const conflict = {
	table: 'attempts' as const,
	id: 'a1',
	reason: 'this browser has a newer version'
};

describe('what the import says when the file changes nothing', () => {
	it('offers to import when a row is new or updated', () => {
		expect(nothingToImport(summary({ added: { ...none(), attempts: 1 } }))).toBeNull();
		expect(
			nothingToImport(summary({ updated: { ...none(), reviews: 1 }, conflicts: [conflict] }))
		).toBeNull();
	});

	it('says the browser already has everything only when nothing conflicts', () => {
		expect(nothingToImport(summary({ skipped: { ...none(), attempts: 3 } }))).toBe('backupNothing');
	});

	it('beside conflicts, says that the listed rows are kept as in this browser, in both languages', () => {
		const key = nothingToImport(summary({ conflicts: [conflict] }));
		expect(key).not.toBeNull();
		for (const lang of ['en', 'ja'] as const) {
			i18n.lang = lang;
			const text = i18n.t(key!);
			expect(text).not.toBe(i18n.t('backupNothing'));
			expect(text).toContain(i18n.t('backupConflicts'));
		}
		i18n.lang = 'en';
	});
});

describe('a storage error during an import', () => {
	const errors = [
		{ name: 'QuotaExceededError' },
		{ name: 'DatabaseClosedError' },
		{ name: 'VersionError' }
	];

	it.each(errors)('$name: says nothing was imported, and nothing about a reply', (error) => {
		for (const lang of ['en', 'ja'] as const) {
			i18n.lang = lang;
			const text = storageMessage(error, 'import');
			expect(text).not.toBe(storageMessage(error));
			expect(text).not.toMatch(/your reply|返信/i);
			expect(text).toMatch(lang === 'en' ? /nothing was imported/i : /何も読み込まれていません/);
		}
		i18n.lang = 'en';
	});
});
