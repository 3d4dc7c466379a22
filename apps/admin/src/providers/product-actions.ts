import type { ProductImportRow } from "@ocop/domain"
import type { Identifier } from "react-admin"
import type { HttpClient, HttpClientOptions } from "./http-client"
import { saveImages, uploadFile, withImage, withoutImage, type ProductImages } from "./product-media"
import { getStock, saveStock, type StockChange, type StockTable } from "./product-stock"
import { importProducts, variantsOf, type ImportResult } from "./product-transfer"
import type { VariantRow } from "./products"

/** The product screens' calls besides react-admin's CRUD: images, stock, import and export. */
export interface ProductActions {
  addProductImage(productId: Identifier, current: ProductImages, file: File): Promise<{ data: ProductImages }>
  removeProductImage(productId: Identifier, current: ProductImages, url: string): Promise<{ data: ProductImages }>
  setProductThumbnail(productId: Identifier, current: ProductImages, url: string): Promise<{ data: ProductImages }>
  getProductStock(inventoryItemIds: string[]): Promise<{ data: StockTable }>
  saveProductStock(changes: StockChange[]): Promise<{ data: { saved: number } }>
  importProducts(rows: ProductImportRow[], options: { dryRun: boolean }): Promise<{ data: ImportResult }>
  getVariantsOfProducts(productIds: string[]): Promise<{ data: Record<string, VariantRow[]> }>
}

/** Builds the product actions on the staff JSON client (and raw fetch for multipart uploads). */
export function createProductActions(request: HttpClient, options: HttpClientOptions): ProductActions {
  return {
    addProductImage: async (productId, current, file) => {
      const url = await uploadFile(options, file)
      return { data: await saveImages(request, productId, withImage(current, url)) }
    },
    removeProductImage: async (productId, current, url) => ({
      data: await saveImages(request, productId, withoutImage(current, url)),
    }),
    setProductThumbnail: async (productId, current, url) => ({
      data: await saveImages(request, productId, { ...current, thumbnail: url }),
    }),
    getProductStock: async (ids) => ({ data: await getStock(request, ids) }),
    saveProductStock: async (changes) => {
      if (changes.length) await saveStock(request, changes)
      return { data: { saved: changes.length } }
    },
    importProducts: async (rows, { dryRun }) => ({ data: await importProducts(request, rows, dryRun) }),
    getVariantsOfProducts: async (ids) => ({ data: await variantsOf(request, ids) }),
  }
}
