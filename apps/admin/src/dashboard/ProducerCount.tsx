import FactoryIcon from "@mui/icons-material/Factory"
import { CountCard } from "./CountCard"

/** Producers in the register. */
export function ProducerCount() {
  return <CountCard resource="producers" title="ocop.dashboard.producers" icon={<FactoryIcon />} />
}
