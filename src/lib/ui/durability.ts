/** Whether the browser keeps this site's data when space runs low: true, false, or null if it won't say. */
export async function isPersisted(): Promise<boolean | null> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return null;
	return navigator.storage.persisted();
}

/** Asks the browser to keep this site's data; resolves to its answer (null: the browser can't). */
export async function askToPersist(): Promise<boolean | null> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
	return (await isPersisted()) || navigator.storage.persist();
}

let asked = false;

/** Asks once per page load, silently: called when the first attempt is stored. */
export async function askToPersistOnce(): Promise<void> {
	if (asked) return;
	asked = true;
	await askToPersist().catch(() => null);
}

export interface Usage {
	used: number;
	quota: number;
}

/** Space this site uses and may use, as the browser estimates it. */
export async function storageUsage(): Promise<Usage | null> {
	if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
	const { usage, quota } = await navigator.storage.estimate();
	return usage === undefined || quota === undefined ? null : { used: usage, quota };
}
