import { checkoutVi } from "./checkout-vi"
import { registerDictionary } from "./index"

// Imported by the checkout, order and account routes (and by the server at boot): their Vietnamese
// strings (~2 KB gzip) then load with those pages only, not with every catalogue and product page.
registerDictionary("vi", checkoutVi)
