// Entry of a worker thread: module hooks are per thread, so the worker
// registers tsx itself before loading the TypeScript worker.
import { register } from "tsx/esm/api"

register()
await import("./worker.ts")
