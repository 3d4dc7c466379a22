import VerifiedIcon from "@mui/icons-material/Verified"
import { CertificationCreate } from "./CertificationCreate"
import { CertificationEdit } from "./CertificationEdit"
import { CertificationList } from "./CertificationList"
import { CertificationShow } from "./CertificationShow"

export default {
  list: CertificationList,
  create: CertificationCreate,
  edit: CertificationEdit,
  show: CertificationShow,
  icon: VerifiedIcon,
  recordRepresentation: "certificate_number",
}
