import { WorkflowManager, WorkflowScheduler } from "@medusajs/framework/orchestration"
import { afterEach, describe, expect, it, vi } from "vitest"
import ScheduledJobsGuardService from "./service"

const logger = { warn: vi.fn(), debug: vi.fn() }
const scheduler = WorkflowScheduler as unknown as { storage: unknown }
const medusaStorage = scheduler.storage
const workflow = (id: string, schedule: unknown) => ({ id, options: { schedule } })

/** Redis as the guard sees it (the repeatable keys it holds) and what the guard registers again. */
function redisHolding(keys: string[]) {
  const schedule = vi.fn(async (jobId: string) => void keys.push(`schedule_${jobId}`))
  const storage = { jobQueue: { getRepeatableJobs: async () => keys.map((key) => ({ key })) }, schedule }
  scheduler.storage = storage
  return schedule
}

describe("the scheduled-jobs guard", () => {
  afterEach(() => {
    vi.restoreAllMocks()
    scheduler.storage = medusaStorage
  })

  it("registers again, as Medusa does, each repeating job that Redis no longer holds, and only those", async () => {
    vi.spyOn(WorkflowManager, "getWorkflows").mockReturnValue(
      new Map(
        [
          workflow("job-expire-ocop-certifications", { cron: "5 * * * *" }),
          workflow("job-release-uncollected-pickups", "30 1 * * *"),
          workflow("job-once", { cron: "* * * * *", numberOfExecutions: 1 }),
          workflow("create-product", undefined),
        ].map((w) => [w.id, w]),
      ),
    )
    const schedule = redisHolding(["schedule_job-release-uncollected-pickups"])
    const guard = new ScheduledJobsGuardService({ logger: logger as never })

    expect(await guard.restoreMissing()).toEqual(["job-expire-ocop-certifications"])
    expect(schedule).toHaveBeenCalledWith("job-expire-ocop-certifications", {
      cron: "5 * * * *",
      concurrency: "forbid",
    })
    // Once written back, the next check finds nothing to do.
    expect(await guard.restoreMissing()).toEqual([])
    expect(schedule).toHaveBeenCalledTimes(1)
  })

  it("does nothing in a process without the scheduled-job queue (a server, or no Redis)", async () => {
    scheduler.storage = {}
    expect(await new ScheduledJobsGuardService({ logger: logger as never }).restoreMissing()).toEqual([])
  })
})
