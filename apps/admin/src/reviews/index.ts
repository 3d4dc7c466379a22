import FactCheckIcon from "@mui/icons-material/FactCheck"
import { ReviewList } from "./ReviewList"
import { ReviewShow } from "./ReviewShow"

export default { list: ReviewList, show: ReviewShow, icon: FactCheckIcon, recordRepresentation: "product_title" }
