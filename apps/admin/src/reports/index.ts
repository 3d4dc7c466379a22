export { REPORTS_PATH, ReportsPage } from "./ReportsPage"
/** The console's name for the reports page in `canAccess` (auth/roles.ts): the trade area's, for reading. */
export const REPORTS_PAGE = "reports"
