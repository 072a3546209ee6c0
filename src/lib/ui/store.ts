import { openStore, type Store } from '../store';
import { askToPersistOnce } from './durability';
import { watchConnection } from './connection.svelte';

let store: Store | undefined;

/** The browser's one store; opened on first use so that prerendering never touches IndexedDB. */
export function getStore(): Store {
	if (store) return store;
	store = openStore();
	watchConnection(store.db);
	// The first attempt stored is the first thing there is to lose: ask then to keep it.
	store.db.attempts.hook('creating', () => void askToPersistOnce());
	return store;
}
