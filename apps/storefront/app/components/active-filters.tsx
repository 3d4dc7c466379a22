import type { CatalogueQuery } from "@ocop/domain"
import { formatMoney } from "@ocop/domain"
import { Link } from "@remix-run/react"
import { useLocale, useT } from "~/i18n"
import { catalogueHref, linkStateOf, type CatalogueLinkState } from "~/utils/catalogue-links"
import { districtLabel, groupLabel } from "~/utils/format"
import type { ProducerOption } from "./catalogue-filters"

/** The filters in force as removable chips: each chip is a link to the same page without it. */
export function ActiveFilters({
  query,
  producers,
  currency = "vnd",
}: {
  query: CatalogueQuery
  producers: ProducerOption[]
  /** The currency the price bounds are in: the buyer's region's. */
  currency?: "vnd" | "usd"
}) {
  const t = useT()
  const locale = useLocale()
  const base = linkStateOf(query)
  const chips: { key: string; label: string; without: CatalogueLinkState }[] = []

  for (const stars of query.stars ?? []) {
    chips.push({
      key: `stars-${stars}`,
      label: t("stars.short", { stars }),
      without: { ...base, stars: query.stars?.filter((s) => s !== stars) },
    })
  }
  if (query.group)
    chips.push({ key: "group", label: groupLabel(query.group, locale), without: { ...base, group: undefined } })
  if (query.district)
    chips.push({
      key: "district",
      label: districtLabel(query.district, locale),
      without: { ...base, district: undefined },
    })
  if (query.producer) {
    const name = producers.find((p) => p.handle === query.producer)?.name ?? query.producer
    chips.push({ key: "producer", label: name, without: { ...base, producer: undefined } })
  }
  if (query.price_min !== undefined)
    chips.push({
      key: "price_min",
      label: `≥ ${formatMoney(query.price_min, currency, locale)}`,
      without: { ...base, price_min: undefined },
    })
  if (query.price_max !== undefined)
    chips.push({
      key: "price_max",
      label: `≤ ${formatMoney(query.price_max, currency, locale)}`,
      without: { ...base, price_max: undefined },
    })

  if (chips.length === 0) return <div />
  return (
    <ul className="chips" aria-label={t("catalogue.filters")}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            to={catalogueHref(chip.without)}
            className="chip"
            preventScrollReset
            aria-label={t("catalogue.removeFilter", { label: chip.label })}
          >
            {chip.label} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      {chips.length > 1 ? (
        <li>
          <Link to={catalogueHref({ q: query.q })} className="chip chip--clear">
            {t("catalogue.clearFilters")}
          </Link>
        </li>
      ) : null}
    </ul>
  )
}
