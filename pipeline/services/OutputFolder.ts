/**
 * Atomic output: a run writes into a temporary folder beside `--output` and
 * swaps it into place only when everything succeeded. A failed or killed run
 * leaves the previous output untouched; the temporary folders such a run left
 * behind are removed by the next one.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { Data, Effect, type Scope } from "effect"

export class OutputError extends Data.TaggedError("OutputError")<{
  readonly reason: "not-writable" | "swap"
  readonly message: string
}> {}

const temporaryPrefix = (output: string): string => `.${path.basename(output)}.tmp-`
const previousPrefix = (output: string): string => `.${path.basename(output)}.old-`

/**
 * Folders are named `<prefix><pid>-...-<host>`: shards of one output may run on
 * several machines sharing a file system, and a pid only means something on
 * its own host.
 */
const host = os.hostname().replace(/[^\w.-]/gu, "_")

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/**
 * Cleans up after runs that are no longer running: removes their temporary
 * folders, and puts back a previous output that a run killed in the middle of
 * its swap (between its two renames) had moved aside.
 */
const removeLeftovers = (output: string): void => {
  const parent = path.dirname(output)
  const leftovers = fs.readdirSync(parent).sort()
  for (const name of leftovers) {
    const prefix = [previousPrefix(output), temporaryPrefix(output)].find((p) => name.startsWith(p))
    if (prefix === undefined) continue
    const rest = name.slice(prefix.length)
    const pid = Number.parseInt(rest, 10)
    // `<pid>-<time>-<host>` for a temporary folder, `<pid>-<host>` for a moved-aside one
    const hostPart = rest
      .split("-")
      .slice(prefix === temporaryPrefix(output) ? 2 : 1)
      .join("-")
    if (hostPart !== "" && hostPart !== host) continue
    if (!Number.isNaN(pid) && pid !== process.pid && isRunning(pid)) continue
    const leftover = path.join(parent, name)
    if (prefix === previousPrefix(output) && !fs.existsSync(output)) fs.renameSync(leftover, output)
    else fs.rmSync(leftover, { recursive: true, force: true })
  }
}

/**
 * A fresh temporary folder beside `output`, removed again if the scope closes
 * before `commit` moved it into place.
 */
export const openOutputFolder = (output: string): Effect.Effect<string, OutputError, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.try({
      try: () => {
        const resolved = path.resolve(output)
        if (fs.existsSync(resolved) && !fs.statSync(resolved).isDirectory()) {
          throw new Error(`${output} exists and is not a folder`)
        }
        fs.mkdirSync(path.dirname(resolved), { recursive: true })
        removeLeftovers(resolved)
        const temporary = path.join(
          path.dirname(resolved),
          `${temporaryPrefix(resolved)}${process.pid}-${Date.now()}-${host}`
        )
        fs.mkdirSync(temporary)
        return temporary
      },
      catch: (error) =>
        new OutputError({
          reason: "not-writable",
          message: `cannot write the output folder ${output}: ${error instanceof Error ? error.message : String(error)}`
        })
    }),
    (temporary) => Effect.sync(() => fs.rmSync(temporary, { recursive: true, force: true }))
  )

/** Moves the finished temporary folder into place, keeping a `.gitkeep` the old one had. */
export const commitOutputFolder = (temporary: string, output: string): Effect.Effect<void, OutputError> =>
  Effect.try({
    try: () => {
      const resolved = path.resolve(output)
      const previous = path.join(path.dirname(resolved), `${previousPrefix(resolved)}${process.pid}-${host}`)
      const hadGitkeep = fs.existsSync(path.join(resolved, ".gitkeep"))
      if (hadGitkeep) fs.writeFileSync(path.join(temporary, ".gitkeep"), "")
      if (fs.existsSync(resolved)) fs.renameSync(resolved, previous)
      fs.renameSync(temporary, resolved)
      fs.rmSync(previous, { recursive: true, force: true })
    },
    catch: (error) =>
      new OutputError({
        reason: "swap",
        message: `cannot move the new output into ${output}: ${error instanceof Error ? error.message : String(error)}`
      })
  })

/**
 * A shard's commit: each finished file of the temporary folder is renamed into
 * `output/<table>/<part>.<ext>` (a rename is atomic), the manifest last, into
 * `output/manifests/<part>.json`; the other shards' parts are left alone.
 */
export const commitShardFiles = (
  temporary: string,
  output: string,
  part: string,
  tables: ReadonlyArray<string>
): Effect.Effect<void, OutputError> =>
  Effect.try({
    try: () => {
      const resolved = path.resolve(output)
      for (const name of fs.readdirSync(temporary).sort()) {
        const match = /^(\w+)\.(parquet|csv)$/u.exec(name)
        if (match === null || !tables.includes(match[1]!)) continue
        fs.mkdirSync(path.join(resolved, match[1]!), { recursive: true })
        fs.renameSync(path.join(temporary, name), path.join(resolved, match[1]!, `${part}.${match[2]}`))
      }
      fs.mkdirSync(path.join(resolved, "manifests"), { recursive: true })
      fs.renameSync(path.join(temporary, "manifest.json"), path.join(resolved, "manifests", `${part}.json`))
      fs.rmSync(temporary, { recursive: true, force: true })
    },
    catch: (error) =>
      new OutputError({
        reason: "swap",
        message: `cannot move the shard's files into ${output}: ${error instanceof Error ? error.message : String(error)}`
      })
  })
