/**
 * With `TINSACH_TRACE_STEPS=1`, one line on stderr per step of a run's main
 * thread: when it happened since the process started, the process's CPU (every
 * thread) so far and, where Linux tells it (`/proc/thread-self/stat`, in
 * hundredths of a second), this thread's own. Finer than
 * `TINSACH_TRACE_MEMORY`'s phases: it shows which thread a rebuild waits on
 * (the worker, DuckDB) and what overlaps.
 */
import * as fs from "node:fs"

const tracing = process.env.TINSACH_TRACE_STEPS === "1"

/** This thread's CPU seconds (user + system), or null off Linux. */
const threadCpu = (): number | null => {
  try {
    const stat = fs.readFileSync("/proc/thread-self/stat", "latin1")
    // the fields after the command's closing parenthesis: utime and stime are the 12th and 13th
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

export const traceStep = (step: string): void => {
  if (!tracing) return
  const cpu = process.cpuUsage()
  const own = threadCpu()
  process.stderr.write(
    `tinsach: step ${step} at ${(performance.now() / 1000).toFixed(3)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU${own === null ? "" : ` (this thread ${own.toFixed(2)} s)`}\n`
  )
}

if (tracing) process.once("exit", () => traceStep("the process's exit"))
