/** The menu paths the console has screens for; the API's other menu entries lead to the "being built" page. */
export const BUILT_PATHS: ReadonlySet<string> = new Set(['/campaigns', '/orders', '/withdrawals', '/distributors']);
