// Not part of the floor: like proxy.ts here, Turbopack looks for an instrumentation file from the
// app's folder upwards and would otherwise build the site's own (the repository root's, which
// opens the content index) into this app. This one does nothing; it runs on the server only.
export function register() {}
