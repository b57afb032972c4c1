// A static, client-only app: DuckDB runs in the browser, there is no server.
export const prerender = true;
export const ssr = false;
