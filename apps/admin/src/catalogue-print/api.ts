import { createHttpClient, type HttpClientOptions } from "../providers/http-client"

export type CatalogueLanguage = "vi" | "en"
export const CATALOGUE_LANGUAGES: readonly CatalogueLanguage[] = ["vi", "en"]

/** A printed catalogue as the backend records it (the latest per language). */
export interface CataloguePrint {
  id: string
  language: CatalogueLanguage
  product_count: number
  group_count: number
  page_count: number
  size: number
  generated_at: string
}

/** The printed catalogue's calls (issue 16): list the latest, generate one, fetch its PDF. */
export function createCataloguePrintApi(options: HttpClientOptions) {
  const request = createHttpClient(options)
  return {
    latest: async () =>
      (await request<{ catalogue_prints: CataloguePrint[] }>("/admin/catalogue-prints")).catalogue_prints,
    generate: async (language: CatalogueLanguage) =>
      (
        await request<{ catalogue_print: CataloguePrint }>("/admin/catalogue-prints", {
          method: "POST",
          body: { language },
        })
      ).catalogue_print,
    /** The PDF as a blob URL, for a new tab (the route needs the bearer token, so no plain link). */
    pdfUrl: async (language: CatalogueLanguage) => {
      const token = options.getToken()
      const response = await options.fetch(`${options.baseUrl}/admin/catalogue-prints/${language}`, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      })
      if (!response.ok) throw new Error(`PDF ${response.status}`)
      return URL.createObjectURL(await response.blob())
    },
  }
}

export type CataloguePrintApi = ReturnType<typeof createCataloguePrintApi>
