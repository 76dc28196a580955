/**
 * The flags `pnpm pipeline` starts Node with (`package.json`'s `pipeline` script), which the benchmarks use
 * for the processes they time, so that they time what a user runs.
 *
 * - `--max-old-space-size=512`: the main thread's heap (the workers set their own, `WorkerPool.ts`).
 * - `--single-threaded-gc`: V8 collects garbage in the thread that made it, without helper threads
 *   (parallel scavenges, concurrent marking and sweeping). The pipeline already keeps the cores busy
 *   with its workers, so the helpers only added CPU: on the 151 html-eval pages of `pnpm bench:html`
 *   (`--workers 1`), CPU user + system, alternate runs at a load of 11–13, median 9.8 → 8.8 s, 8.8 → 7.9 s;
 *   the V8 helper threads went from about 3.3 to 2.3 s of CPU (what is left there is compilation). A run
 *   on an idle machine with one worker may take slightly longer in wall time (its pauses are not shared).
 */
export const pipelineNodeFlags: ReadonlyArray<string> = ["--max-old-space-size=512", "--single-threaded-gc"]
