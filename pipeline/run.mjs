/**
 * `pnpm pipeline`: rebuilds `dist/` when a source changed since the last
 * build (see `build.mjs`), then runs the bundled command line in this process.
 */
import { ensureBuilt } from "./build.mjs"

await ensureBuilt(undefined, process.argv.includes("--quiet"))
await import("../dist/main.js")
