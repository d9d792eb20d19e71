// Imported first by the dashboard bench: the API's modules read their configuration when they are imported, and
// imports run before the importing module's own statements, so the database is named here, not in the bench.
process.env.DB_NAME ??= 'dmh_dashboard_bench';
export {};
