/** Playing a scenario: layouts, the live meter, the clock, the knowledge base. */
export const en = {};

export const ja: typeof en = {};
