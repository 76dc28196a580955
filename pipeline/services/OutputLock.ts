/**
 * One run at a time per output folder: two runs into one folder mixed their
 * rows, and one's swap failed the other after all its work. The lock is a file
 * beside the output (the output itself is swapped), created exclusively and
 * holding the owner's pid and host; a lock whose pid is no longer running on
 * this host is stale and taken over. Shards of one run write distinct parts
 * into one folder at once: each locks its own part.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { Effect, type Scope } from "effect"
import { host, isRunning, OutputError } from "./OutputFolder.ts"

interface LockOwner {
  readonly pid: number
  readonly host: string
}

/** The lock file of an output folder, or of one part of it. */
export const lockFileOf = (output: string, part: string | null): string => {
  const resolved = path.resolve(output)
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.lock${part === null ? "" : `-${part}`}`)
}

/** Locks taken by this process, for a signal handler to release. */
const held = new Set<string>()

export const releaseHeldLocks = (): void => {
  for (const file of held) fs.rmSync(file, { force: true })
  held.clear()
}

const readOwner = (file: string): LockOwner | null => {
  try {
    const owner = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LockOwner>
    return typeof owner.pid === "number" && typeof owner.host === "string" ? { pid: owner.pid, host: owner.host } : null
  } catch {
    return null
  }
}

const take = (file: string): LockOwner | null => {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, `${JSON.stringify({ pid: process.pid, host, started: new Date().toISOString() })}\n`, {
        flag: "wx"
      })
      return null
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
    }
    const owner = readOwner(file)
    // a lock being written this instant has no owner yet: look again
    if (owner === null) continue
    if (owner.host !== host || isRunning(owner.pid)) return owner
    fs.rmSync(file, { force: true })
  }
  return readOwner(file) ?? { pid: -1, host }
}

/** Holds the lock of `output` (or of one of its parts) until the scope closes. */
export const lockOutput = (output: string, part: string | null): Effect.Effect<void, OutputError, Scope.Scope> => {
  const file = lockFileOf(output, part)
  return Effect.acquireRelease(
    Effect.try({
      try: () => {
        fs.mkdirSync(path.dirname(file), { recursive: true })
        return take(file)
      },
      catch: (error) =>
        new OutputError({
          reason: "not-writable",
          message: `cannot write the output folder ${output}: cannot create its lock ${file}: ${error instanceof Error ? error.message : String(error)}`
        })
    }).pipe(
      Effect.flatMap((owner) => {
        if (owner === null) {
          held.add(file)
          return Effect.void
        }
        return Effect.fail(
          new OutputError({
            reason: "locked",
            message: `the output folder ${output} is in use by another run (pid ${owner.pid} on ${owner.host}, lock ${file}): wait for it to finish, or remove the lock if that run is gone`
          })
        )
      })
    ),
    () =>
      Effect.sync(() => {
        held.delete(file)
        fs.rmSync(file, { force: true })
      })
  )
}
