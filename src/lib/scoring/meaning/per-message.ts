import type { Locale } from '../../rubric';

/**
 * A reading of the customer's message, memoised: the message stays the same while the trainee
 * types, so it is read once per message and locale, not on every keystroke.
 */
export function perMessage<T>(read: (message: string, locale: Locale) => T) {
	const cache = new Map<string, T>();
	return (message: string, locale: Locale): T => {
		const key = `${locale}\n${message}`;
		let value = cache.get(key);
		if (value === undefined) {
			if (cache.size > 50) cache.clear();
			value = read(message, locale);
			cache.set(key, value);
		}
		return value;
	};
}
