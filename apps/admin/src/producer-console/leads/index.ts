import ContactsIcon from "@mui/icons-material/Contacts"
import { ProducerLeadList } from "./LeadList"

/** Issue 15: the trade buyers met at events who asked for the producer's products; read only. */
export default { list: ProducerLeadList, icon: ContactsIcon }
