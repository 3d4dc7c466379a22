import InventoryIcon from "@mui/icons-material/Inventory2"
import { CreateButton, Datagrid, List, SearchInput, TextField, TopToolbar } from "react-admin"
import { StatusChip } from "../../common/StatusChip"
import { VndField } from "../../common/VndField"
import { ProducerEmpty } from "../ProducerEmpty"
import { CertificateChip } from "./CertificateChip"
import { ReviewStateField } from "./ReviewStateField"

const filters = [<SearchInput key="q" source="q" alwaysOn />]
const STATUS_COLORS = { published: "success", draft: "default" } as const

/** The producer's own products: what buyers see now, and where each change stands in review. */
export function ProducerProductList() {
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      empty={<ProducerEmpty message="ocop.producer_console.products.empty" icon={<InventoryIcon />} canCreate />}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <StatusChip source="status" i18nPrefix="ocop.products.status." colors={STATUS_COLORS} sortable={false} />
        <CertificateChip label="resources.producer-products.fields.certificate_status" />
        <VndField source="min_price_vnd" sortable={false} />
        <ReviewStateField label="resources.producer-products.fields.review" />
      </Datagrid>
    </List>
  )
}
