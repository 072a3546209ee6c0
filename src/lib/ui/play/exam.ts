/**
 * Whether the live meter is hidden while writing. A scenario marked `exam: true` forces it, so a
 * trainer's test cannot be taken with the answers showing; otherwise the trainee's setting decides.
 */
export function examMode(
	scenario: { exam: boolean },
	setting: boolean
): { on: boolean; forced: boolean } {
	return scenario.exam ? { on: true, forced: true } : { on: setting, forced: false };
}
