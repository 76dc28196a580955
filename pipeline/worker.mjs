// Entry of a worker thread when the pipeline runs as TypeScript (the tests,
// `pnpm evaluate`): module hooks are per thread, so the worker registers tsx
// itself before loading the TypeScript worker. `pnpm pipeline` runs the
// bundle, whose workers start `dist/worker.js` (see services/WorkerEntry.ts).
import { register } from "tsx/esm/api"

register()
await import("./worker.ts")
