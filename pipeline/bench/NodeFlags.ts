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
 * - `--max-inlined-bytecode-size-cumulative=460 --interrupt-budget=270336`: TurboFan inlines half as much
 *   bytecode into a function it optimises (V8's default 920) and a function runs four times as long before
 *   it is optimised (default 67,584; twice, 135,168, until `html9`, below). A run's optimising compiles
 *   (on V8's helper threads: 1–2 s of CPU of the
 *   7.5 s of `pnpm bench:html`'s process, 1,306 compiles and 141 deoptimisations of the DOM's many shapes)
 *   then cost less than the code they bought. Same output (V8 compiles the same JavaScript, only less of it
 *   inlined). Whole process, CPU user + system, median of 3 alternate runs each (load 8–16): on the 151 HTML
 *   pages, four sets, 7.71 → 6.77, 8.02 → 6.99, 7.46 → 6.78, 7.34 → 6.78 s; on 10,000 text files of
 *   `pnpm bench`'s corpus (20 MB), 28.3 → 27.5 s (no loss where runs are longer and the code hotter).
 *   Tried beside it: `--maglev` (no gain), `--no-flush-bytecode` (none), a higher interrupt budget alone
 *   (within the noise), the cumulative inlining budget at 230 (about the same as 460).
 *   The budget is now 270,336 (four times V8's default; branch `html9`): at a load of 6–9, with
 *   `--initial-old-space-size=128` on both sides, CPU user + system of `--workers 1` runs, alternating,
 *   medians: the 151 HTML pages 4.88 → 4.62 s and 4.85 → 4.59 s (4 rounds each; V8's helper threads
 *   1.21 → 0.80 s, the worker 2.83–2.86 → 3.00 s), 4,000 text files of `pnpm bench`'s 2 KB corpus
 *   (8 MB) 8.49 → 8.04 s, 49 files of its 200 KB corpus (11 MB) 5.18 → 5.07 s (3 rounds each). Fewer
 *   functions reach TurboFan for a run's few seconds; those that run long still do, a little later.
 *   At 540,672 the pages took 4.55 s (the worker 3.16 s): no better.
 * - `--initial-old-space-size=128`: each thread's old generation may grow to 128 MB before V8's first full
 *   (mark-compact) collection. Unset, V8 starts the old generation's limit low and lowers it further by the
 *   survival it sees, so a `--workers 1` run over the 151 pages of `pnpm bench:html` ran two full collections
 *   in the main thread (its heap holds 36 MB once the bundle and the rule book are loaded) and four in the
 *   worker, each with its incremental marking (about 0.1 s of CPU each on the main thread, 0.2 s in the
 *   worker, by `--trace-gc`), and each full collection dropped optimised code whose embedded maps had died
 *   ("weak objects": 58 of the run's 206 deoptimisations), which was compiled again. With the flag that run
 *   has none. Same output (V8 collects the same garbage, later). The cost is memory: a thread's old
 *   generation may hold up to 128 MB of garbage before its first full collection (peak RSS of a default
 *   two-worker run over the 151 pages 378 → 429 MB, over 4,000 text files 326 → 372 MB); the caps
 *   (`--max-old-space-size`, the workers' `maxOldGenerationSizeMb`) are unchanged. 64 MB kept three of the
 *   worker's full collections, 96 MB two.
 */
export const pipelineNodeFlags: ReadonlyArray<string> = [
  "--max-old-space-size=512",
  "--single-threaded-gc",
  "--max-inlined-bytecode-size-cumulative=460",
  "--interrupt-budget=270336",
  "--initial-old-space-size=128"
]
