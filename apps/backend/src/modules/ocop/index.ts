import { Module } from "@medusajs/framework/utils"
import storeProductListFilterLoader from "./loaders/store-product-list-filter"
import OcopModuleService from "./service"

export const OCOP_MODULE = "ocop"

export default Module(OCOP_MODULE, { service: OcopModuleService, loaders: [storeProductListFilterLoader] })
