import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test fails if the page asks for anything from another origin: the app is
 * offline-first and sends nothing anywhere.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
	foreignRequests: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			page.on('request', (request) => {
				const url = request.url();
				if (/^(data|blob):/.test(url)) return;
				if (new URL(url).origin !== origin) foreign.push(url);
			});
			await use(foreign);
			expect(foreign, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Picks a backup file in Settings' import (the page must be Settings). */
export async function chooseBackupFile(page: Page, name: string, content: unknown): Promise<void> {
	const text = typeof content === 'string' ? content : JSON.stringify(content);
	await page
		.getByLabel('Backup file (.json)')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/**
 * Waits until the play page has written the reply just sent (the debrief shows before its write
 * completes): a test that leaves the page sooner would cut the write off, as closing the tab would.
 */
export async function expectSaved(page: Page): Promise<void> {
	await expect(page.locator('[data-saving="false"]')).toBeAttached();
}

/** A stored attempt as the tests read it: the fields they check. */
export interface StoredAttempt {
	id: string;
	scenarioId: string;
	status: string;
	draft: string;
	turns: { reply: string; responseMs: number | null }[];
	result: { outcome: string } | null;
	snapshot: { value: string } | null;
}

/** Every attempt in this browser's IndexedDB, read directly, as the app wrote it. */
export function storedAttempts(page: Page): Promise<StoredAttempt[]> {
	return page.evaluate(
		() =>
			new Promise<StoredAttempt[]>((resolve, reject) => {
				const open = indexedDB.open('reply-dojo');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					// Opened before the app created its tables: nothing is stored yet.
					if (!db.objectStoreNames.contains('attempts')) return resolve([]);
					const request = db.transaction('attempts').objectStore('attempts').getAll();
					request.onsuccess = () => {
						db.close();
						resolve(request.result as StoredAttempt[]);
					};
					request.onerror = () => reject(request.error);
				};
			})
	);
}

/** The draft of the attempt in progress, as stored (null when none is in progress). */
export async function storedDraft(page: Page): Promise<string | null> {
	const attempts = await storedAttempts(page);
	return attempts.find((a) => a.status === 'in-progress')?.draft ?? null;
}
