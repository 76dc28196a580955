/**
 * SIGINT and SIGTERM stop a run at once: its temporary folder is removed, its
 * lock released, the previous output left as it was, and the process exits
 * 130 or 143 (128 + the signal) with one line. The handler is synchronous and
 * ends the process itself rather than interrupting the Effect fiber: an
 * interrupted fiber waits for the DuckDB call in flight, and one during the
 * export never returned. The swap is synchronous too, so a signal never lands
 * between its renames.
 */
import { removeOpenTemporaries } from "./services/OutputFolder.ts"
import { releaseHeldLocks } from "./services/OutputLock.ts"

const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const

/** Installs the handlers; call before the run starts, so that they run before any other. */
export const stopOnSignals = (): void => {
  for (const [signal, code] of Object.entries(exitCodes)) {
    process.on(signal, () => {
      // Whatever the clean-up meets, the process ends with the signal's status (an exception here
      // would end it with 1, as a failed run).
      try {
        const { hadWork, left } = removeOpenTemporaries()
        releaseHeldLocks()
        process.stderr.write(
          `tinsach: stopped by ${signal}${
            !hadWork
              ? ""
              : left.length === 0
                ? ": its temporary folder is removed and the previous output is left as it was"
                : `: the previous output is left as it was; its temporary folder could not be removed (${left
                    .map(({ folder, reason }) => `${folder}: ${reason}`)
                    .join("; ")}): delete it`
          }\n`
        )
      } finally {
        process.exit(code)
      }
    })
  }
}
