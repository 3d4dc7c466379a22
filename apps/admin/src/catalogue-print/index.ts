export { CataloguePrintPage } from "./CataloguePrintPage"
export { createCataloguePrintApi } from "./api"
export { messages } from "./messages"

/** The printed catalogue is a page, not a resource; reading it is the trade area's, generating it too. */
export const CATALOGUE_PRINT_PAGE = "catalogue-prints"
