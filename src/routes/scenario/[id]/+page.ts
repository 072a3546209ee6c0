import { catalog } from '$lib/ui/catalog';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...catalog.scenarios, ...catalog.broken.filter((b) => b.kind === 'scenario')].map((s) => ({
		id: s.id
	}));

export const load: PageLoad = ({ params }) => ({ id: params.id });
