/**
 * Where a run's DuckDB database files live. DuckDB reads a `?` in a database
 * path as the start of options (the output `run?` failed every run on its
 * write-ahead log) and `*`, `?`, `[` in a path it reads as a glob. When the
 * temporary folder's path holds one, the staging database and the held
 * previous cache go to a private folder under the system's temporary folder,
 * and the finished cache is moved into the output at the end.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { Effect, type Scope } from "effect"
import { trackTemporary } from "./OutputFolder.ts"

/** Characters DuckDB does not take literally in a path. */
export const hasSpecialCharacters = (file: string): boolean => /[?*[\]{}]/u.test(path.resolve(file))

/** `temporary` itself, or, when its path holds a special character, a private folder removed with the scope. */
export const databaseFolder = (temporary: string): Effect.Effect<string, never, Scope.Scope> =>
  hasSpecialCharacters(temporary)
    ? Effect.acquireRelease(
        Effect.sync(() => {
          const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-db-"))
          return { folder, untrack: trackTemporary(folder) }
        }),
        ({ folder, untrack }) =>
          Effect.sync(() => {
            fs.rmSync(folder, { recursive: true, force: true })
            untrack()
          })
      ).pipe(Effect.map(({ folder }) => folder))
    : Effect.succeed(temporary)

/** Moves a finished database file into place: a rename, or a copy across file systems. */
export const moveDatabaseFile = (from: string, to: string): void => {
  try {
    fs.renameSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
    fs.rmSync(from, { force: true })
  }
}
