import EventIcon from "@mui/icons-material/Event"
import { EventCreate, EventEdit } from "./EventForm"
import { EventList } from "./EventList"
import { EventShow } from "./EventShow"

/** Trade promotion's events (issue 15), resource `trade-events`, area `trade`. */
export default {
  list: EventList,
  show: EventShow,
  create: EventCreate,
  edit: EventEdit,
  icon: EventIcon,
  recordRepresentation: "name",
}
