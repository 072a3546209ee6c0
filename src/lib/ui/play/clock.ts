/** How close a reply is to the turn's response-time limit. */
export type ClockLevel = 'ok' | 'warn' | 'over';

/** Past this share of the limit the clock warns that the customer will soon follow up. */
export const WARN_SHARE = 0.75;

export function clockLevel(elapsedMs: number, limitMs: number): ClockLevel {
	if (limitMs <= 0) return 'ok';
	if (elapsedMs >= limitMs) return 'over';
	return elapsedMs >= limitMs * WARN_SHARE ? 'warn' : 'ok';
}

/**
 * A duration as a clock reads: `1:05:00` for an hour and five minutes, `4:07` for four minutes
 * and seven seconds. Email turns run in hours, chat turns in seconds; both read the same way.
 */
export function formatClock(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const pad = (n: number) => String(n).padStart(2, '0');
	return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A duration in words for screen readers and tables: `4 h 12 min`, `1 min 5 s`, `40 s`. */
export function formatDuration(ms: number, units: { h: string; min: string; s: string }): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const parts: string[] = [];
	if (h) parts.push(`${h} ${units.h}`);
	if (m) parts.push(`${m} ${units.min}`);
	// Seconds matter for chat; next to hours they are noise.
	if (s && !h) parts.push(`${s} ${units.s}`);
	return parts.join(' ') || `0 ${units.s}`;
}
