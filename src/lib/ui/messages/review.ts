/** Reviews: the queue, comments, overrides. */
export const en = {};

export const ja: typeof en = {};
