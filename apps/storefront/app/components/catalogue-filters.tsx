import type { CatalogueFacets, CatalogueQuery, CatalogueSort } from "@ocop/domain"
import { CERTIFIED_STAR_LEVELS, ORIGIN_DISTRICTS, PRODUCT_GROUPS } from "@ocop/domain"
import { Form, useSubmit } from "@remix-run/react"
import { useEffect, useRef, type FormEvent } from "react"
import { useLocale, useT, type MessageKey } from "~/i18n"
import { activeFilterCount, nonBlankFields } from "~/utils/catalogue-links"

export type ProducerOption = { handle: string; name: string }

type FiltersProps = {
  query: CatalogueQuery
  facets: CatalogueFacets
  producers: ProducerOption[]
  /** The currency of the price bounds (and card prices): the buyer's region's. */
  currency?: "vnd" | "usd"
}

const WIDE_SCREEN = "(min-width: 960px)"

/**
 * The sort orders with their labels. A Record, so TypeScript insists on every CatalogueSort; not
 * CATALOGUE_SORTS itself, whose module would bring the domain's zod schemas into the browser.
 */
const SORT_LABELS: Record<CatalogueSort, MessageKey> = {
  newest: "catalogue.sort.newest",
  price_asc: "catalogue.sort.price_asc",
  price_desc: "catalogue.sort.price_desc",
  stars: "catalogue.sort.stars",
}

/**
 * The filter panel: a GET form, so filtering works without JavaScript and every filter lives in
 * the URL. With JavaScript, ticking an option applies it at once. On phones it is a drawer
 * (a <details>), open by default on wide screens.
 */
export function CatalogueFilters({ query, facets, producers, currency = "vnd" }: FiltersProps) {
  const priceStep = currency === "vnd" ? 1000 : 1
  const t = useT()
  const locale = useLocale()
  const submit = useSubmit()
  const drawer = useRef<HTMLDetailsElement>(null)
  const form = useRef<HTMLFormElement>(null)
  const active = activeFilterCount(query)

  useEffect(() => {
    if (drawer.current && window.matchMedia(WIDE_SCREEN).matches) drawer.current.open = true
  }, [])

  // The inputs are uncontrolled (they must work before hydration), so after a client-side
  // navigation (back button, removing a chip) they are brought in line with the URL.
  useEffect(() => {
    if (form.current) syncFormWithQuery(form.current, query)
  }, [query])

  // On wide screens the results sit beside the panel, so a choice applies at once; on phones
  // the drawer covers the results and the buyer applies with the button. Prices always wait.
  const applyChoice = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement
    if (target.type === "number" || !window.matchMedia(WIDE_SCREEN).matches) return
    submitClean(event.currentTarget)
  }

  // With JavaScript, leave blank fields out of the URL instead of letting the loader redirect.
  const submitClean = (formElement: HTMLFormElement) =>
    submit(nonBlankFields(formElement), { method: "get", action: "/products", preventScrollReset: true })

  const count = (value: number | undefined) => ` (${value ?? 0})`

  return (
    <details className="filters" ref={drawer}>
      <summary className="filters__summary">
        {t("catalogue.showFilters")}
        {active > 0 ? <span className="filters__badge">{active}</span> : null}
      </summary>
      <Form
        ref={form}
        method="get"
        action="/products"
        className="filters__form"
        onChange={applyChoice}
        onSubmit={(event) => {
          event.preventDefault()
          submitClean(event.currentTarget)
        }}
      >
        {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
        {query.sort !== "newest" ? <input type="hidden" name="sort" value={query.sort} /> : null}

        <fieldset>
          <legend>{t("catalogue.stars")}</legend>
          {[...CERTIFIED_STAR_LEVELS].reverse().map((stars) => (
            <label key={stars} className="check">
              <input type="checkbox" name="stars" value={stars} defaultChecked={query.stars?.includes(stars)} />
              <span>
                {t("stars.short", { stars })}
                <span className="check__count">{count(facets.stars[String(stars) as "3" | "4" | "5"])}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t("catalogue.group")}</legend>
          <label className="check">
            <input type="radio" name="group" value="" defaultChecked={!query.group} />
            <span>{t("catalogue.any")}</span>
          </label>
          {PRODUCT_GROUPS.map((group) => (
            <label key={group.code} className="check">
              <input type="radio" name="group" value={group.code} defaultChecked={query.group === group.code} />
              <span>
                {locale === "en" ? group.nameEn : group.nameVi}
                <span className="check__count">{count(facets.groups[group.code])}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="field">
          <label htmlFor="filter-district">{t("catalogue.district")}</label>
          <select id="filter-district" name="district" defaultValue={query.district ?? ""}>
            <option value="">{t("catalogue.any")}</option>
            {ORIGIN_DISTRICTS.map((district) => (
              <option key={district.code} value={district.code}>
                {(locale === "en" ? district.nameEn : district.nameVi) + count(facets.districts[district.code])}
              </option>
            ))}
          </select>
        </div>

        {producers.length > 0 ? (
          <div className="field">
            <label htmlFor="filter-producer">{t("catalogue.producer")}</label>
            <select id="filter-producer" name="producer" defaultValue={query.producer ?? ""}>
              <option value="">{t("catalogue.any")}</option>
              {producers.map((producer) => (
                <option key={producer.handle} value={producer.handle}>
                  {producer.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}

        <fieldset className="price-range">
          <legend>{t(currency === "vnd" ? "catalogue.price" : "catalogue.priceUsd")}</legend>
          <div className="price-range__inputs">
            <label>
              <span>{t("catalogue.priceMin")}</span>
              <input
                type="number"
                name="price_min"
                min={0}
                step={priceStep}
                inputMode="numeric"
                defaultValue={query.price_min}
              />
            </label>
            <label>
              <span>{t("catalogue.priceMax")}</span>
              <input
                type="number"
                name="price_max"
                min={0}
                step={priceStep}
                inputMode="numeric"
                defaultValue={query.price_max}
              />
            </label>
          </div>
        </fieldset>

        <button type="submit" className="button button--primary filters__apply">
          {t("catalogue.applyFilters")}
        </button>
      </Form>
    </details>
  )
}

function syncFormWithQuery(form: HTMLFormElement, query: CatalogueQuery) {
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement) {
      if (element.name === "stars") element.checked = query.stars?.includes(Number(element.value) as 3 | 4 | 5) ?? false
      else if (element.name === "group") element.checked = (query.group ?? "") === element.value
      else if (element.name === "price_min") element.value = query.price_min?.toString() ?? ""
      else if (element.name === "price_max") element.value = query.price_max?.toString() ?? ""
    } else if (element instanceof HTMLSelectElement) {
      if (element.name === "district") element.value = query.district ?? ""
      else if (element.name === "producer") element.value = query.producer ?? ""
    }
  }
}

/** The sort select: its own GET form carrying the current filters, so it works without JavaScript. */
export function SortForm({ query, hidden }: { query: CatalogueQuery; hidden: [string, string][] }) {
  const t = useT()
  const submit = useSubmit()
  const select = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    if (select.current) select.current.value = query.sort
  }, [query.sort])
  return (
    <Form
      method="get"
      action="/products"
      className="sort-form"
      onChange={(event) => submit(event.currentTarget, { preventScrollReset: true })}
    >
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="catalogue-sort">{t("catalogue.sort")}</label>
      <select ref={select} id="catalogue-sort" name="sort" defaultValue={query.sort}>
        {(Object.keys(SORT_LABELS) as CatalogueSort[]).map((sort) => (
          <option key={sort} value={sort}>
            {t(SORT_LABELS[sort])}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="button">
          {t("catalogue.applyFilters")}
        </button>
      </noscript>
    </Form>
  )
}
