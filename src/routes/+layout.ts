// A static, offline app: every page is a prerendered shell rendered in the browser, which holds the data.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';
