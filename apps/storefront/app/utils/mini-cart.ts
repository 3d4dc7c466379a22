/** What the header's mini-cart shows: counted and formatted on the server, so the browser needs no money code. */
export interface MiniCart {
  count: number
  lines: { id: string; title: string; variant_title: string | null; quantity: number; total: string }[]
  subtotal: string
}
