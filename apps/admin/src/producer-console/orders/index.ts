import ReceiptIcon from "@mui/icons-material/Receipt"
import { ProducerOrderList } from "./OrderList"
import { ProducerOrderShow } from "./OrderShow"

export default { list: ProducerOrderList, show: ProducerOrderShow, icon: ReceiptIcon }
