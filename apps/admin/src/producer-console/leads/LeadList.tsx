import ContactsIcon from "@mui/icons-material/Contacts"
import { Alert } from "@mui/material"
import { Datagrid, FunctionField, List, TextField, useTranslate } from "react-admin"
import { StatusChip } from "../../common/StatusChip"
import { ProducerEmpty } from "../ProducerEmpty"

/** A lead as `GET /producer/leads` sends it: the producer's own, with the event it was met at. */
export interface ProducerLeadRecord {
  id: string
  company: string
  contact_name: string
  phone: string | null
  email: string | null
  products: { product_id: string; title: string | null }[]
  volume: string | null
  status: string
  note: string | null
  event: { id: string; handle: string; name: string; starts_at: string; ends_at: string } | null
}

export const LEAD_COLORS = {
  new: "info",
  contacted: "primary",
  negotiating: "warning",
  won: "success",
  lost: "default",
} as const

/** "Nguyễn Văn A · 0912 345 678 · a@b.vn": who to call back, as one cell. */
export function contactText(lead: Pick<ProducerLeadRecord, "contact_name" | "phone" | "email">): string {
  return [lead.contact_name, lead.phone, lead.email].filter(Boolean).join(" · ")
}

/**
 * Trade buyers met at event booths who asked for the producer's products (kết nối cung – cầu),
 * newest first. Trade promotion records and follows them up; the producer reads them to call back.
 */
export function ProducerLeadList() {
  const translate = useTranslate()
  return (
    <>
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate("ocop.producer_console.leads.help")}
      </Alert>
      <List
        actions={false}
        pagination={false}
        empty={<ProducerEmpty message="ocop.producer_console.leads.empty" icon={<ContactsIcon />} />}
      >
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="company" sortable={false} />
          <FunctionField<ProducerLeadRecord> source="contact" sortable={false} render={contactText} />
          <TextField source="event.name" label="resources.producer-leads.fields.event" sortable={false} emptyText="—" />
          <FunctionField<ProducerLeadRecord>
            source="products"
            sortable={false}
            render={(lead) => lead.products.map((p) => p.title ?? p.product_id).join(", ") || "—"}
          />
          <TextField source="volume" sortable={false} emptyText="—" />
          <StatusChip source="status" i18nPrefix="ocop.events.lead_status." colors={LEAD_COLORS} sortable={false} />
          <TextField source="note" sortable={false} emptyText="—" />
        </Datagrid>
      </List>
    </>
  )
}
