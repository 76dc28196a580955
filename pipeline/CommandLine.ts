/**
 * Checks of the command line that @effect/cli does not make: `--name=value`
 * for every option (it splits only some), and a number of workers the machine
 * can hold (each worker's heap is capped at 384 MB; 16 workers on 2 cores took
 * 4.1 GB and ran no faster).
 */
import * as os from "node:os"

/** The options that take a value, which may be written `--name=value`. */
const valueOptions = ["input", "output", "formats", "workers", "shard", "shard-count", "max-bytes"]

/** `--input=PATH` becomes `--input PATH`, like the other options; arguments after `--` are left alone. */
export const splitEqualsOptions = (argv: ReadonlyArray<string>): Array<string> => {
  const result: Array<string> = []
  let optionsEnded = false
  for (const argument of argv) {
    if (argument === "--") optionsEnded = true
    const match = optionsEnded ? null : /^--([\w-]+)=(.*)$/su.exec(argument)
    if (match !== null && valueOptions.includes(match[1]!)) result.push(`--${match[1]}`, match[2]!)
    else result.push(argument)
  }
  return result
}

/** Memory one worker may take: its heap limit plus its language tables. */
export const WORKER_MEMORY_BYTES = 512 * 1024 * 1024

export interface WorkerCap {
  readonly workers: number
  /** Why the requested number was lowered, or null when it was not. */
  readonly note: string | null
}

/** The workers the machine can run: at most one per core and one per WORKER_MEMORY_BYTES of memory. */
export const capWorkers = (requested: number, cores = os.availableParallelism(), memory = os.totalmem()): WorkerCap => {
  const byMemory = Math.max(1, Math.floor(memory / WORKER_MEMORY_BYTES))
  const cap = Math.max(1, Math.min(cores, byMemory))
  if (requested <= cap) return { workers: requested, note: null }
  const reason =
    cap === cores && cores <= byMemory
      ? `${cores} cores`
      : `${(memory / 1024 ** 3).toFixed(1)} GB of memory, ${WORKER_MEMORY_BYTES / 1024 ** 2} MB a worker`
  return { workers: cap, note: `--workers ${requested} lowered to ${cap} (${reason})` }
}
