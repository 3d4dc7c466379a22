import type { SeedProduct } from "../types"
import { BEVERAGE_PRODUCTS } from "./beverage"
import { FOOD_ANIMAL_PRODUCTS } from "./food-animal"
import { FOOD_CROP_PRODUCTS } from "./food-crops"
import { HERBAL_PRODUCTS } from "./herbal"
import { SOUVENIR_PRODUCTS } from "./souvenir"
import { TEXTILE_PRODUCTS } from "./textile"
import { TOURISM_PRODUCTS } from "./tourism"

/**
 * Every demo product. Certificate numbers follow this order within each issuer and decision year, so add new
 * products after the last list (a new list, or the end of TOURISM_PRODUCTS), never in the middle.
 */
export const PRODUCTS: SeedProduct[] = [
  ...FOOD_CROP_PRODUCTS,
  ...FOOD_ANIMAL_PRODUCTS,
  ...BEVERAGE_PRODUCTS,
  ...HERBAL_PRODUCTS,
  ...TEXTILE_PRODUCTS,
  ...SOUVENIR_PRODUCTS,
  ...TOURISM_PRODUCTS,
]
