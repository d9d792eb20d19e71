/** The menu paths the console has screens for; the API's other menu entries lead to the "being built" page. */
export const BUILT_PATHS: ReadonlySet<string> = new Set(['/campaigns', '/dashboard', '/orders', '/withdrawals', '/distributors', '/members', '/system/users', '/system/roles', '/system/audit-logs', '/system/security', '/system/sync', '/ops']);
