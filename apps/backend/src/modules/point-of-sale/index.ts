import { Module } from "@medusajs/framework/utils"
import PointOfSaleModuleService from "./service"

export const POINT_OF_SALE_MODULE = "pointOfSale"

export default Module(POINT_OF_SALE_MODULE, { service: PointOfSaleModuleService })
