/**
 * Atomic output: a run writes into a temporary folder beside `--output` and
 * swaps it into place only when everything succeeded. A failed or killed run
 * leaves the previous output untouched; the temporary folders such a run left
 * behind are removed by the next one. A swap replaces only the files the tool
 * wrote: anything else in the previous output (a `.gitkeep`, a user's notes)
 * is moved into the new one, never deleted.
 */
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { Data, Effect, type Scope } from "effect"
import { isToolEntry } from "./ToolFiles.ts"

export class OutputError extends Data.TaggedError("OutputError")<{
  readonly reason: "not-writable" | "swap" | "refused" | "locked"
  readonly message: string
}> {}

/**
 * The output's name as it appears in the names of its temporary folders: DuckDB
 * reads `?`, `*` and `[` in a path as a glob (and `?` in a database path as the
 * start of options), so they are replaced, and a hash keeps `run?` and `run_` apart.
 */
const safeName = (output: string): string => {
  const name = path.basename(output)
  const safe = name.replace(/[^\w.-]/gu, "_")
  return safe === name ? name : `${safe}-${createHash("sha256").update(name).digest("hex").slice(0, 8)}`
}
const temporaryPrefix = (output: string): string => `.${safeName(output)}.tmp-`
const previousPrefix = (output: string): string => `.${safeName(output)}.old-`

/** The temporary folders of this process not yet swapped into place: what a signal handler removes. */
const openTemporaries = new Set<string>()

/** Stops for the work that writes into the temporary folders (a DuckDB connection's query in flight). */
const writers = new Set<() => void>()

/**
 * Registers a writer's stop (`connection.interrupt()`), called before a signal's removal of the
 * temporary folders; returns a release, for when the writer is closed.
 */
export const trackWriter = (stop: () => void): (() => void) => {
  writers.add(stop)
  return () => writers.delete(stop)
}

/** What a signal's clean-up did: whether there was a run's folder, and those it could not remove. */
export interface Removal {
  readonly hadWork: boolean
  readonly left: ReadonlyArray<{ readonly folder: string; readonly reason: string }>
}

/** Removes this run's temporary folders at once, for a run stopped by a signal. */
export const removeOpenTemporaries = (): Removal => {
  const hadWork = openTemporaries.size > 0
  // DuckDB's threads go on with the statement in flight when a signal lands (the handler is synchronous):
  // a Parquet `COPY` spilling into the folder makes files while it is being removed (ENOTEMPTY, seen under
  // a load of 8 on two cores). Interrupting them first stops those writes; the removal is still retried
  // while the threads wind down, and a folder that still cannot be removed is named by the handler.
  for (const stop of writers) {
    try {
      stop()
    } catch {
      // a connection already closed has nothing in flight
    }
  }
  writers.clear()
  const left: Array<{ folder: string; reason: string }> = []
  for (const temporary of openTemporaries) {
    try {
      fs.rmSync(temporary, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
    } catch (error) {
      left.push({ folder: temporary, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  openTemporaries.clear()
  return { hadWork, left }
}

/** Registers a temporary folder made elsewhere (a merge's), for `removeOpenTemporaries`; returns a release. */
export const trackTemporary = (temporary: string): (() => void) => {
  openTemporaries.add(temporary)
  return () => openTemporaries.delete(temporary)
}

/**
 * Moves what the tool did not write from a previous output into the new one,
 * then removes the tool's own files and, when nothing else is left, the folder.
 */
const carryOver = (previous: string, output: string): void => {
  for (const name of fs.readdirSync(previous).sort()) {
    if (isToolEntry(previous, name)) fs.rmSync(path.join(previous, name), { recursive: true, force: true })
    else if (!fs.existsSync(path.join(output, name))) fs.renameSync(path.join(previous, name), path.join(output, name))
  }
  if (fs.readdirSync(previous).length === 0) fs.rmdirSync(previous)
}

/**
 * Folders are named `<prefix><pid>-...-<host>`: shards of one output may run on
 * several machines sharing a file system, and a pid only means something on
 * its own host.
 */
export const host = os.hostname().replace(/[^\w.-]/gu, "_")

export const isRunning = (pid: number): boolean => {
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
    if (prefix === temporaryPrefix(output)) fs.rmSync(leftover, { recursive: true, force: true })
    else if (!fs.existsSync(output)) fs.renameSync(leftover, output)
    else carryOver(leftover, output)
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
        openTemporaries.add(temporary)
        return temporary
      },
      catch: (error) =>
        new OutputError({
          reason: "not-writable",
          message: `cannot write the output folder ${output}: ${error instanceof Error ? error.message : String(error)}`
        })
    }),
    (temporary) =>
      Effect.sync(() => {
        openTemporaries.delete(temporary)
        fs.rmSync(temporary, { recursive: true, force: true })
      })
  )

/**
 * Moves the finished temporary folder into place. The previous output is moved
 * aside first, then what it held that the tool did not write is moved into the
 * new one: a run killed in between leaves it in the moved-aside folder, where
 * the next run's `removeLeftovers` finds it and carries it over.
 */
export const commitOutputFolder = (temporary: string, output: string): Effect.Effect<void, OutputError> =>
  Effect.try({
    try: () => {
      const resolved = path.resolve(output)
      const previous = path.join(path.dirname(resolved), `${previousPrefix(resolved)}${process.pid}-${host}`)
      const hadPrevious = fs.existsSync(resolved)
      if (hadPrevious) fs.renameSync(resolved, previous)
      fs.renameSync(temporary, resolved)
      openTemporaries.delete(temporary)
      if (hadPrevious) carryOver(previous, resolved)
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
      openTemporaries.delete(temporary)
      fs.rmSync(temporary, { recursive: true, force: true })
    },
    catch: (error) =>
      new OutputError({
        reason: "swap",
        message: `cannot move the shard's files into ${output}: ${error instanceof Error ? error.message : String(error)}`
      })
  })
