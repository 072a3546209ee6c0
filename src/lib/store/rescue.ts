/** A draft caught as the page was hidden or closed, before IndexedDB had it. */
export interface RescuedDraft {
	/** The attempt it belongs to; null when the attempt was not stored yet. */
	attemptId: string | null;
	draft: string;
	/** When it was caught (ms). */
	at: number;
}

type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'reply-dojo.draft';

/**
 * The last line of defence for a reply being typed. An IndexedDB write started as the page is
 * closed is often cut off (its transaction needs the page alive for several round trips), so when
 * the page is hidden the draft is also written synchronously to localStorage, one slot per profile
 * and scenario. The play page takes it back on its next load and writes it to IndexedDB, then the
 * slot is cleared. Never throws: a full or missing localStorage only loses this extra copy.
 */
export class DraftRescue {
	constructor(private readonly storage: SyncStorage | null = defaultStorage()) {}

	keep(profileId: string, scenarioId: string, rescued: RescuedDraft): void {
		try {
			this.storage?.setItem(slot(profileId, scenarioId), JSON.stringify(rescued));
		} catch {
			// No room or no access: the IndexedDB write started beside it is all there is.
		}
	}

	/** The draft kept for this profile and scenario, if a well-formed one is there. */
	peek(profileId: string, scenarioId: string): RescuedDraft | null {
		try {
			const raw = this.storage?.getItem(slot(profileId, scenarioId));
			return raw ? rescuedDraft(JSON.parse(raw)) : null;
		} catch {
			return null;
		}
	}

	clear(profileId: string, scenarioId: string): void {
		try {
			this.storage?.removeItem(slot(profileId, scenarioId));
		} catch {
			// Nothing to do: a slot that cannot be removed is read again and found stale.
		}
	}
}

function slot(profileId: string, scenarioId: string): string {
	return `${PREFIX}.${profileId}.${scenarioId}`;
}

function defaultStorage(): SyncStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// A browser that blocks site data throws on the mere access.
		return null;
	}
}

function rescuedDraft(value: unknown): RescuedDraft | null {
	if (value === null || typeof value !== 'object') return null;
	const { attemptId, draft, at } = value as Record<string, unknown>;
	if (attemptId !== null && typeof attemptId !== 'string') return null;
	if (typeof draft !== 'string' || typeof at !== 'number' || !Number.isFinite(at)) return null;
	return { attemptId, draft, at };
}
