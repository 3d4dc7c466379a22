import WarehouseIcon from "@mui/icons-material/Warehouse"
import { StockList } from "./StockList"

export default { list: StockList, icon: WarehouseIcon, recordRepresentation: "title" }
