import InventoryIcon from "@mui/icons-material/Inventory2"
import { ProducerProductCreate } from "./ProductCreate"
import { ProducerProductEdit } from "./ProductEdit"
import { ProducerProductList } from "./ProductList"

export default {
  list: ProducerProductList,
  create: ProducerProductCreate,
  edit: ProducerProductEdit,
  icon: InventoryIcon,
  recordRepresentation: "title",
}
