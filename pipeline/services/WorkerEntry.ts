/**
 * The module a worker thread starts from. Run from TypeScript (the tests,
 * `pnpm evaluate`), that is `worker.mjs`, which registers tsx in the thread.
 * The build (`pipeline/build.mjs`) replaces this module in the bundled command
 * line, whose workers start the bundled `dist/worker.js` instead.
 */
export const workerEntry: URL = new URL("../worker.mjs", import.meta.url)
