import { afterAll, beforeAll, describe } from "vitest"
import { setUp, tearDown } from "./support/topology"
import { backups } from "./suites/backups"
import { databaseUnreachable, faults } from "./suites/faults"
import { productionPath } from "./suites/production-path"
import { scaleOut } from "./suites/scale-out"

// Issue 11's operations suites, one file per concern in suites/, run here in order on one set of
// services started once: the production path builds and seeds, then starts the topology of
// infra/README.md (two servers, two workers) once; scale-out, faults and backups use that topology.
beforeAll(setUp, 300_000)
afterAll(tearDown, 120_000)

productionPath()
scaleOut()
faults()
// The last two share the minute the servers wait for a database connection before answering 503:
// the restore works on a database and a Redis of its own meanwhile.
describe.concurrent("the database cut off; meanwhile a backup restored on a new database", () => {
  databaseUnreachable()
  backups()
})
