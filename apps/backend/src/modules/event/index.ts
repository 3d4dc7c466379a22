import { Module } from "@medusajs/framework/utils"
import TradeEventModuleService from "./service"

export const TRADE_EVENT_MODULE = "tradeEvent"

export default Module(TRADE_EVENT_MODULE, { service: TradeEventModuleService })
