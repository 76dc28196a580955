/**
 * Runs a bundle of `pipeline/build.mjs` (`dist/main.cjs`, `dist/worker.cjs`)
 * with V8's code cache: `dist/main.js` and `dist/worker.js` call `runBundle`.
 * Node 20 keeps no compile cache for modules, so the bundles are CommonJS
 * compiled here by `vm.Script` (compiling `dist/main.cjs`, 3 MB, cost about
 * 130 ms of CPU per process and `dist/worker.cjs` 60 ms per thread; from the
 * cache, 15–20 ms).
 *
 * The cache (`dist/<name>-<key>.v8cache`) begins with the build's digest: one
 * made from another build is never given to V8. V8 rejects a cache made under
 * other V8 flags (`--max-old-space-size` too) or by another V8
 * (`cachedDataRejected`), so each Node version and command line (`pnpm
 * pipeline`'s flags, the tests' none) has its own file, `key` being a digest of
 * them; the build removes them all. When V8 rejects one, or there is none, the
 * thread writes a new one (whole, then renamed into place; a folder it cannot
 * write to only costs the cache): a worker after evaluating its bundle (the
 * pool terminates workers), the main thread when the process exits, so that
 * its cache holds the functions the run compiled too (a one-file run 0.97 ->
 * 0.92 s of CPU against writing it after the evaluation, 9 alternating rounds).
 */
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import { createRequire } from "node:module"
import { hostname } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as vm from "node:vm"
import { isMainThread } from "node:worker_threads"

const digestLine = /^\/\/ tinsach build ([0-9a-f]{64})\n/

/**
 * Evaluates the bundle at `url` as a CommonJS module in strict mode (as the ES
 * module it was bundled from would be), its `import.meta.url` being `url`;
 * refuses a bundle of another build than `digest`.
 */
export const runBundle = (url, digest) => {
  const file = fileURLToPath(url)
  const source = fs.readFileSync(file, "utf8")
  if (digestLine.exec(source.slice(0, 100))?.[1] !== digest) {
    process.stderr.write(`tinsach: ${file} is not of this build; run \`pnpm pipeline\` or \`pnpm build\`\n`)
    process.exit(1)
  }
  const key = createHash("sha256")
    .update(`${process.version}\0${process.execArgv.join("\0")}`)
    .digest("hex")
  const cacheFile = file.replace(/\.cjs$/, `-${key.slice(0, 16)}.v8cache`)
  let cachedData
  try {
    const cache = fs.readFileSync(cacheFile)
    if (cache.subarray(0, 64).toString("latin1") === digest) cachedData = cache.subarray(64)
  } catch {
    // no cache yet
  }
  // on the bundle's first line, so that its line numbers are the file's
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __tinsachUrl) {"use strict";${source}\n})`,
    { filename: file, cachedData }
  )
  const module = { exports: {} }
  script
    .runInThisContext()
    .call(undefined, module.exports, createRequire(file), module, file, path.dirname(file), url.href)
  if (cachedData === undefined || script.cachedDataRejected === true) {
    const write = () => {
      try {
        const temporary = `${cacheFile}.tmp-${hostname()}-${process.pid}-${Math.random().toString(36).slice(2)}`
        fs.writeFileSync(temporary, Buffer.concat([Buffer.from(digest, "latin1"), script.createCachedData()]))
        fs.renameSync(temporary, cacheFile)
      } catch {
        // a read-only dist/: run without the cache
      }
    }
    if (isMainThread) process.once("exit", write)
    else write()
  }
}
