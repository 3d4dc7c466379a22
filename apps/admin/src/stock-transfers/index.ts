import LocalShippingIcon from "@mui/icons-material/LocalShipping"
import { TransferCreate } from "./TransferCreate"
import { TransferList } from "./TransferList"
import { TransferShow } from "./TransferShow"

export default {
  list: TransferList,
  show: TransferShow,
  create: TransferCreate,
  icon: LocalShippingIcon,
  recordRepresentation: "code",
}
