#!/usr/bin/env node
// Keeps a benchmark stack running until Ctrl-C and prints its state file, so that the benchmark and
// the screenshots can be re-run against it (BENCH_REUSE_STACK=<file> node bench/storefront.mjs).
import { startStack } from "../e2e/support/run-stack.mjs"

const stack = await startStack({ verbose: process.argv.includes("--verbose") })
process.stdout.write(`stack ready: ${JSON.stringify(stack.urls)}\nBENCH_REUSE_STACK=${stack.stateFile}\n`)
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stack.stop().then(() => process.exit(0)))
