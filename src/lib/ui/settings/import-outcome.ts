import type { ImportSummary } from '../../store';
import type { MessageKey } from '../i18n.svelte';

/**
 * What to say when importing the file would write nothing, or null when it would write rows. With
 * conflicts listed beside it, "this browser already has everything" would not be true.
 */
export function nothingToImport(summary: ImportSummary): MessageKey | null {
	const writes = [...Object.values(summary.added), ...Object.values(summary.updated)];
	if (writes.some((n) => n > 0)) return null;
	return summary.conflicts.length ? 'backupNothingKept' : 'backupNothing';
}
