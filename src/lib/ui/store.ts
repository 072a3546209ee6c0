import { openStore, type Store } from '../store';

let store: Store | undefined;

/** The browser's one store; opened on first use so that prerendering never touches IndexedDB. */
export function getStore(): Store {
	store ??= openStore();
	return store;
}
