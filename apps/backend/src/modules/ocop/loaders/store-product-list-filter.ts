import { replaceMedusaProductListChannelFilter } from "../../../api/store/products/sales-channel-filter"

/**
 * Puts our sales-channel filter in Medusa's `GET /store/products` middleware list (decision 032).
 * It has to happen before Medusa's API loader reads that list, which it does before it reads our
 * middlewares file: module loaders run earlier, so this is the place.
 */
export default async function storeProductListFilterLoader(): Promise<void> {
  replaceMedusaProductListChannelFilter()
}
