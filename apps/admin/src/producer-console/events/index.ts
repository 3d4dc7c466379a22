import EventIcon from "@mui/icons-material/Event"
import { ProducerEventList } from "./EventList"
import { ProducerEventShow } from "./EventShow"

/** Issue 15: the trade-promotion events the producer is invited to, and its answer. */
export default { list: ProducerEventList, show: ProducerEventShow, icon: EventIcon, recordRepresentation: "name" }
