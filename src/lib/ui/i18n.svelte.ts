import type { Locale } from '../rubric';
import * as catalog from './messages/catalog';
import * as common from './messages/common';
import * as play from './messages/play';
import * as profiles from './messages/profiles';
import * as progress from './messages/progress';
import * as review from './messages/review';
import * as storage from './messages/storage';

// One module of labels per area of the app, so that each area's words live beside each other.
const en = {
	...common.en,
	...catalog.en,
	...play.en,
	...progress.en,
	...storage.en,
	...profiles.en,
	...review.en
};
const ja: typeof en = {
	...common.ja,
	...catalog.ja,
	...play.ja,
	...progress.ja,
	...storage.ja,
	...profiles.ja,
	...review.ja
};

export type MessageKey = keyof typeof en;
const messages: Record<Locale, typeof en> = { en, ja };
const KEY = 'reply-dojo.lang';

function initial(): Locale {
	if (typeof localStorage === 'undefined') return 'en';
	const saved = localStorage.getItem(KEY);
	if (saved === 'en' || saved === 'ja') return saved;
	return typeof navigator !== 'undefined' && navigator.language.startsWith('ja') ? 'ja' : 'en';
}

let lang = $state<Locale>(initial());

/** The UI language, remembered in this browser; every label goes through `t`. */
export const i18n = {
	get lang() {
		return lang;
	},
	set lang(value: Locale) {
		lang = value;
		localStorage.setItem(KEY, value);
		document.documentElement.lang = value;
	},
	/** The label in the UI language; `{name}` placeholders are filled from `values`. */
	t(key: MessageKey, values?: Record<string, string | number>): string {
		const text = messages[lang][key];
		return values ? text.replace(/\{(\w+)\}/g, (all, name) => String(values[name] ?? all)) : text;
	}
};
