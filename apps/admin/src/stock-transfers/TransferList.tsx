import { Datagrid, DateField, FunctionField, List, TextField, useTranslate } from "react-admin"

/** Transfers between places, newest first (a clerk: those to and from their places). */
export function TransferList() {
  const translate = useTranslate()
  return (
    <List sort={{ field: "created_at", order: "DESC" }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" sortable={false} />
        <TextField source="from_name" sortable={false} />
        <TextField source="to_name" sortable={false} />
        <FunctionField
          source="status"
          render={(r: { status: string }) => translate(`ocop.transfers.status.${r.status}`)}
        />
        <FunctionField
          label="ocop.transfers.counted"
          render={(r: { totals: { sent: number; received: number; lost: number } }) =>
            translate("ocop.transfers.totals", r.totals)
          }
        />
        <DateField source="created_at" showTime />
      </Datagrid>
    </List>
  )
}
