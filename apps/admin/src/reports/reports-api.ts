import type { ProgrammePanel, ProgrammeTargets, SalesReport, SalesReportQuery } from "@ocop/domain"
import { createHttpClient, type HttpClientOptions, type QueryValue } from "../providers/http-client"

/** The figures the reports screens read: they are no resource, so they are actions beside the CRUD. */
export interface ReportActions {
  getSalesReport(query: SalesReportQuery): Promise<SalesReport>
  getProgramme(year: number): Promise<ProgrammePanel>
  setProgrammeTargets(year: number, targets: ProgrammeTargets): Promise<ProgrammePanel>
}

/** The reports' calls (issue 16) on the admin API; the server checks the role and the input again. */
export function createReportActions(options: HttpClientOptions): ReportActions {
  const request = createHttpClient(options)
  return {
    getSalesReport: (query) =>
      request<SalesReport>("/admin/reports/sales", { query: query as Record<string, QueryValue> }),
    getProgramme: (year) => request<ProgrammePanel>(`/admin/programme/${year}`),
    setProgrammeTargets: (year, targets) =>
      request<ProgrammePanel>(`/admin/programme/${year}`, { method: "POST", body: targets }),
  }
}
