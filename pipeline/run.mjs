/**
 * `pnpm pipeline`: rebuilds `dist/` when a source changed since the last
 * build (see `build.mjs`), then runs the bundled command line in this process.
 */
import { ensureBuilt } from "./build.mjs"

try {
  await ensureBuilt(undefined, process.argv.includes("--quiet"))
} catch (error) {
  // esbuild has printed where a source does not compile; one line says what it stopped
  const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)
  process.stderr.write(`tinsach: cannot compile dist/: ${reason}\n`)
  process.exit(1)
}
await import("../dist/main.js")
