/**
 * With `TINSACH_TRACE_STEPS=1`, one line on stderr per step of a run's main
 * thread: when it happened since the process started, and the process's CPU
 * (every thread) so far. Finer than `TINSACH_TRACE_MEMORY`'s phases: it shows
 * which thread a rebuild waits on (the worker, DuckDB) and what overlaps.
 */
const tracing = process.env.TINSACH_TRACE_STEPS === "1"

export const traceStep = (step: string): void => {
  if (!tracing) return
  const cpu = process.cpuUsage()
  process.stderr.write(
    `tinsach: step ${step} at ${(performance.now() / 1000).toFixed(3)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU\n`
  )
}

if (tracing) process.once("exit", () => traceStep("the process's exit"))
