import { cleanup, configure } from "@testing-library/react"
import { afterEach } from "vitest"

// Testing Library only auto-cleans when test globals are enabled; we keep them off.
afterEach(() => cleanup())

// findBy*/waitFor wait for a condition, not a time: give a busy CI machine (2 cores, several suites)
// longer than the 1 s default before calling an element missing.
configure({ asyncUtilTimeout: 5_000 })
