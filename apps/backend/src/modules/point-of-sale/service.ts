import { MedusaService } from "@medusajs/framework/utils"
import { CashMovement, CashRegister, RegisterSession } from "./models/cash-register"
import { CounterReturn, CounterSale } from "./models/counter-sale"
import { PointOfSale } from "./models/point-of-sale"
import { StockTransfer, StockTransferLine } from "./models/stock-transfer"

/** Storage of places of sale, transfers, registers and counter sales; what they do lives in workflows/point-of-sale. */
class PointOfSaleModuleService extends MedusaService({
  PointOfSale,
  CashRegister,
  RegisterSession,
  CashMovement,
  StockTransfer,
  StockTransferLine,
  CounterSale,
  CounterReturn,
}) {}

export default PointOfSaleModuleService
