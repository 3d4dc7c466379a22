import type { StaffRole } from "@ocop/domain"

/** Demo console logins, one per staff role; every one has the same demo password. */
export const DEMO_STAFF: readonly { email: string; first_name: string; last_name: string; role: StaffRole }[] = [
  { email: "admin@ocop-laocai.vn", first_name: "Quản trị", last_name: "OCOP", role: "admin" },
  { email: "office@ocop-laocai.vn", first_name: "Văn phòng", last_name: "OCOP", role: "ocop_office" },
  { email: "promotion@ocop-laocai.vn", first_name: "Xúc tiến", last_name: "Thương mại", role: "trade_promotion" },
]

/** Known to everyone who reads the repository: only for development and the test harness. */
export const DEMO_PASSWORD = "ocop-demo-2021"
