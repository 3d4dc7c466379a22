import type { Logger } from "@medusajs/framework/types"
import { WorkflowManager, WorkflowScheduler, type WorkflowDefinition } from "@medusajs/framework/orchestration"

/** How often a worker checks that Redis still holds every scheduled job. */
export const SCHEDULE_CHECK_MS = 10_000

/** The part of workflow-engine-redis's storage this guard reads: the BullMQ queue of scheduled jobs. */
type ScheduledJobQueue = { getRepeatableJobs(): Promise<{ key: string }[]> }

/**
 * A scheduled workflow that runs until stopped; one with a number of executions is gone from Redis
 * when it has run them all, and must not be registered again.
 */
function repeatsForever(workflow: WorkflowDefinition): boolean {
  const schedule = workflow.options?.schedule as string | { numberOfExecutions?: number } | undefined
  return Boolean(schedule) && (typeof schedule === "string" || !schedule!.numberOfExecutions)
}

/**
 * Medusa's Redis workflow engine keeps each scheduled job (`src/jobs`) as a BullMQ repeatable job in
 * Redis, written once when a worker starts. A Redis that restarts without its data forgets them and
 * nothing writes them again, so the certificate sweep would never run until a worker restarted.
 * Every SCHEDULE_CHECK_MS each worker reads the repeatable jobs and registers again, the way Medusa
 * does at start, any scheduled workflow that is missing. The repeatable key is the job's name, so
 * two workers registering at once make one entry and each tick still runs once (decision 027).
 */
export default class ScheduledJobsGuardService {
  protected readonly logger_: Logger
  private timer: NodeJS.Timeout | undefined
  private checking = false

  constructor({ logger }: { logger: Logger }) {
    this.logger_ = logger
  }

  __hooks = {
    onApplicationStart: async () => {
      // Servers have no scheduled-job queue (only workers load jobs); the in-memory engine has no Redis.
      if (!this.queue()) return
      this.timer = setInterval(() => void this.restoreMissing(), SCHEDULE_CHECK_MS)
      this.timer.unref()
    },
    onApplicationPrepareShutdown: async () => {
      clearInterval(this.timer)
    },
  }

  private queue(): ScheduledJobQueue | undefined {
    const storage = (WorkflowScheduler as unknown as { storage?: { jobQueue?: ScheduledJobQueue } }).storage
    return storage?.jobQueue
  }

  /** Registers again each scheduled workflow that Redis no longer holds; returns their ids. */
  async restoreMissing(): Promise<string[]> {
    const queue = this.queue()
    if (!queue || this.checking) return []
    this.checking = true
    try {
      const held = new Set((await queue.getRepeatableJobs()).map((job) => job.key))
      const workflows = [...(WorkflowManager.getWorkflows() as Map<string, WorkflowDefinition>).values()]
      const missing = workflows.filter((workflow) => repeatsForever(workflow) && !held.has(`schedule_${workflow.id}`))
      for (const workflow of missing) {
        await new WorkflowScheduler().scheduleWorkflow(workflow)
        this.logger_.warn(`scheduled job ${workflow.id} was missing from Redis; registered again`)
      }
      return missing.map((workflow) => workflow.id)
    } catch (error) {
      // Redis is still down or restarting: the next check tries again.
      this.logger_.debug?.(`scheduled jobs not checked: ${(error as Error).message}`)
      return []
    } finally {
      this.checking = false
    }
  }
}
