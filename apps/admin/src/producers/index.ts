import FactoryIcon from "@mui/icons-material/Factory"
import { ProducerCreate } from "./ProducerCreate"
import { ProducerEdit } from "./ProducerEdit"
import { ProducerList } from "./ProducerList"
import { ProducerShow } from "./ProducerShow"

export default {
  list: ProducerList,
  create: ProducerCreate,
  edit: ProducerEdit,
  show: ProducerShow,
  icon: FactoryIcon,
  recordRepresentation: "name",
}
