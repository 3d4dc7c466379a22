import { isStaffRole } from "@ocop/domain"
import type { TranslateFunction } from "react-admin"
import type { CsvColumn } from "../common/csv-export"

type StaffRow = {
  email: string
  first_name?: string | null
  last_name?: string | null
  role?: string | null
  created_at?: string
}

/** Staff accounts as the office files them: email, full name, role by name, creation day. */
export function staffCsvColumns(translate: TranslateFunction): CsvColumn<StaffRow>[] {
  const field = (name: string) => translate(`resources.staff.fields.${name}`)
  return [
    { header: field("email"), value: (s) => s.email },
    { header: field("last_name"), value: (s) => s.last_name },
    { header: field("first_name"), value: (s) => s.first_name },
    {
      header: field("role"),
      value: (s) => (isStaffRole(s.role) ? translate(`ocop.role.${s.role}`) : translate("ocop.staff.role_none")),
    },
    { header: field("created_at"), value: (s) => s.created_at },
  ]
}
