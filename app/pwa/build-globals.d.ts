/** Replaced at build time by vite.config.ts (`define`). */
declare const __WAYMARK_BUILD__: string;
