import type { StaffDashboard } from "@ocop/domain"
import type { RequestOptions } from "./http-client"

type Request = <T = unknown>(path: string, options?: RequestOptions) => Promise<T>

/** The staff home page's figures: one request, the parts of the caller's role (`GET /admin/dashboard`). */
export interface DashboardActions {
  getStaffDashboard(): Promise<{ data: StaffDashboard }>
}

export function createDashboardActions(request: Request): DashboardActions {
  return {
    getStaffDashboard: async () => ({ data: await request<StaffDashboard>("/admin/dashboard") }),
  }
}
