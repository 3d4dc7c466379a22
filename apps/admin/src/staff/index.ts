import ManageAccountsIcon from "@mui/icons-material/ManageAccounts"
import { StaffList } from "./StaffList"

export default {
  list: StaffList,
  icon: ManageAccountsIcon,
  recordRepresentation: "email",
}
