import StoreIcon from "@mui/icons-material/Store"
import { ProducerProfileEdit } from "./ProfileEdit"

/** One record per producer: the "list" route is the profile form itself. */
export default { list: ProducerProfileEdit, icon: StoreIcon }
