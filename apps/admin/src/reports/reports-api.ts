import type { SalesReport, SalesReportQuery } from "@ocop/domain"
import { createHttpClient, type HttpClientOptions, type QueryValue } from "../providers/http-client"

/** The figures the reports screen reads: they are no resource, so they are actions beside the CRUD. */
export interface ReportActions {
  getSalesReport(query: SalesReportQuery): Promise<SalesReport>
}

/** The reports' calls (issue 16) on the admin API; the server checks the role and the query again. */
export function createReportActions(options: HttpClientOptions): ReportActions {
  const request = createHttpClient(options)
  return {
    getSalesReport: (query) =>
      request<SalesReport>("/admin/reports/sales", { query: query as Record<string, QueryValue> }),
  }
}
