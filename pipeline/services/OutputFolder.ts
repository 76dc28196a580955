/**
 * Atomic output: a run writes into a temporary folder beside `--output` and
 * swaps it into place only when everything succeeded. A failed or killed run
 * leaves the previous output untouched; the temporary folders such a run left
 * behind are removed by the next one.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { Data, Effect, type Scope } from "effect"

export class OutputError extends Data.TaggedError("OutputError")<{
  readonly reason: "not-writable" | "swap"
  readonly message: string
}> {}

const temporaryPrefix = (output: string): string => `.${path.basename(output)}.tmp-`
const previousPrefix = (output: string): string => `.${path.basename(output)}.old-`

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
    const pid = Number.parseInt(name.slice(prefix.length), 10)
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
        const temporary = path.join(path.dirname(resolved), `${temporaryPrefix(resolved)}${process.pid}-${Date.now()}`)
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
      const previous = path.join(path.dirname(resolved), `${previousPrefix(resolved)}${process.pid}`)
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
