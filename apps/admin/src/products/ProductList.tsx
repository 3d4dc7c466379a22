import InventoryIcon from "@mui/icons-material/Inventory2"
import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  useTranslate,
} from "react-admin"
import { LOW_STOCK_THRESHOLD } from "@ocop/domain"
import { useMemo } from "react"
import { ListActions } from "../common/ListActions"
import { useDistrictChoices, useDomainLocale, useProductGroupChoices } from "../common/domain-labels"
import { EmptyState } from "../common/EmptyState"
import { VndField } from "../common/VndField"
import { productExporter } from "./product-export"
import { ProductImportDialog } from "./ProductImportDialog"
import { PublishButton } from "./PublishButton"
import { UsdField } from "../common/UsdField"
import { ProductGroupField, StockField } from "./product-fields"

/**
 * OCOP products with their producer, group, district, stars, prices, stock and whether buyers see
 * them; filters include stock (out of stock, low stock). Import from a file; export one line per variant.
 */
export function ProductList() {
  const translate = useTranslate()
  const locale = useDomainLocale()
  const exporter = useMemo(() => productExporter(locale, translate), [locale, translate])
  const groups = useProductGroupChoices()
  const districts = useDistrictChoices()
  const yesNo = [
    { id: "true", name: translate("ocop.products.status.published") },
    { id: "false", name: translate("ocop.products.status.draft") },
  ]
  const certificate = [
    { id: "in_force", name: translate("ocop.products.certificate.in_force") },
    { id: "none", name: translate("ocop.products.certificate.none") },
  ]
  const stock = [
    { id: "out", name: translate("ocop.products.stock_filter.out") },
    { id: "low", name: translate("ocop.products.stock_filter.low", { count: LOW_STOCK_THRESHOLD }) },
  ]
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="producer_id" source="producer_id" reference="producers">
      <AutocompleteInput optionText="name" />
    </ReferenceInput>,
    <SelectInput key="product_group" source="product_group" choices={groups} />,
    <SelectInput key="origin_district" source="origin_district" choices={districts} />,
    <SelectInput key="certificate_status" source="certificate_status" choices={certificate} />,
    <SelectInput key="published" source="published" choices={yesNo} />,
    <SelectInput key="stock" source="stock" choices={stock} />,
  ]
  return (
    <List
      filters={filters}
      sort={{ field: "product_created_at", order: "DESC" }}
      exporter={exporter}
      actions={
        <ListActions create>
          <ProductImportDialog />
        </ListActions>
      }
      empty={<EmptyState message="ocop.empty.products" icon={<InventoryIcon />} />}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <ReferenceField source="producer_id" reference="producers" link="show" sortable={false} />
        <ProductGroupField source="product_group" sortable={false} />
        <SelectField source="origin_district" choices={districts} sortable={false} />
        <NumberField source="star_level" />
        <BooleanField source="is_certified" sortable={false} />
        <BooleanField source="published" sortable={false} />
        <VndField source="min_price" />
        <UsdField source="min_price_usd" sortable={false} />
        <StockField source="stock_available" sortable={false} />
        <PublishButton />
      </Datagrid>
    </List>
  )
}
