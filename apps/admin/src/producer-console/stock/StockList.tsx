import WarehouseIcon from "@mui/icons-material/Warehouse"
import { Alert, Stack } from "@mui/material"
import { Datagrid, List, SearchInput, TextField, useRecordContext, useTranslate } from "react-admin"
import type { ProducerProductRecord } from "../../providers/producer-products"
import { ProducerEmpty } from "../ProducerEmpty"
import { VariantStock } from "./VariantStock"

const filters = [<SearchInput key="q" source="q" alwaysOn />]

function VariantsStock(_props: { label?: string }) {
  const record = useRecordContext<ProducerProductRecord>()
  if (!record) return null
  return (
    <Stack>
      {record.variants
        .filter((v) => v.id)
        .map((v) => (
          // Keyed by the saved figure too, so a refresh after saving resets the input.
          <VariantStock key={`${v.id}-${v.stock ?? ""}`} productId={record.id} variant={v} />
        ))}
    </Stack>
  )
}

/** Stock of every packaging at the producer's own location, editable in place. */
export function StockList() {
  const translate = useTranslate()
  return (
    <>
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate("ocop.producer_console.stock.help")}
      </Alert>
      <List
        filters={filters}
        actions={false}
        empty={<ProducerEmpty message="ocop.producer_console.stock.empty" icon={<WarehouseIcon />} />}
      >
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="title" sortable={false} />
          <VariantsStock label="resources.producer-stock.fields.variants" />
        </Datagrid>
      </List>
    </>
  )
}
