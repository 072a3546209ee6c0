export interface DurationParts {
	hours: number;
	minutes: number;
	seconds: number;
}

/** A duration in whole hours, minutes and seconds, rounded to the second. */
export function durationParts(ms: number): DurationParts {
	const total = Math.max(0, Math.round(ms / 1000));
	return {
		hours: Math.floor(total / 3600),
		minutes: Math.floor((total % 3600) / 60),
		seconds: total % 60
	};
}
