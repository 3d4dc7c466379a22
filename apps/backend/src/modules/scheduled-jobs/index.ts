import { Module } from "@medusajs/framework/utils"
import ScheduledJobsGuardService from "./service"

export const SCHEDULED_JOBS_MODULE = "scheduledJobs"

/** Puts the scheduled jobs back when Redis lost them (decision 027); loaded only with Redis. */
export default Module(SCHEDULED_JOBS_MODULE, { service: ScheduledJobsGuardService })
