import type { MetaDescriptor } from "@remix-run/node"
import type { Locale } from "~/i18n"

type RootData = { locale?: Locale; publicEnv?: { PUBLIC_STORE_URL: string } }

/** The root loader's data as seen from a route's `meta` (matches[0] is always the root). */
export function rootDataFromMatches(matches: ReadonlyArray<{ id: string; data: unknown }>): RootData {
  const root = matches.find((match) => match.id === "root")
  return (root?.data as RootData | undefined) ?? {}
}

export type SeoInput = {
  title: string
  description: string
  /** Path with the query that identifies the page, e.g. "/products?group=food". */
  path: string
  matches: ReadonlyArray<{ id: string; data: unknown }>
  image?: string | null
  type?: "website" | "product" | "profile"
  noIndex?: boolean
}

/** Title, description, canonical URL and Open Graph tags for a page. */
export function seoMeta({
  title,
  description,
  path,
  matches,
  image,
  type = "website",
  noIndex,
}: SeoInput): MetaDescriptor[] {
  const { locale = "vi", publicEnv } = rootDataFromMatches(matches)
  const base = publicEnv?.PUBLIC_STORE_URL ?? ""
  const url = `${base}${path}`
  const tags: MetaDescriptor[] = [
    { title },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: url },
    { property: "og:site_name", content: "OCOP Lào Cai" },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { property: "og:type", content: type },
    { property: "og:locale", content: locale === "en" ? "en_US" : "vi_VN" },
  ]
  if (image) tags.push({ property: "og:image", content: absoluteUrl(image, base) })
  if (noIndex) tags.push({ name: "robots", content: "noindex" })
  return tags
}

/** Resolves a backend or site-relative image URL against the public store URL. */
export function absoluteUrl(url: string, base: string): string {
  try {
    return new URL(url, base || undefined).toString()
  } catch {
    return url
  }
}
