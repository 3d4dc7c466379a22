import { Box, Card, CardActionArea, Chip, Stack, TextField, Typography } from "@mui/material"
import { formatVnd, PRODUCT_GROUPS } from "@ocop/domain"
import { useMemo, useState } from "react"
import { useLocale, useNotify, useTranslate } from "react-admin"
import type { ShelfItem } from "../providers/counter"
import { byGroup, itemForCode, searchShelf } from "./cart"
import { CameraScanner } from "./CameraScanner"

/**
 * Finding a product at the counter: type without marks, scan (a scanner that types ends with Enter;
 * or the camera), or tap a tile, filtered by product group.
 */
export function ProductTiles({ shelf, onAdd }: { shelf: ShelfItem[]; onAdd: (item: ShelfItem) => void }) {
  const translate = useTranslate()
  const locale = useLocale()
  const notify = useNotify()
  const [query, setQuery] = useState("")
  const [group, setGroup] = useState<string | null>(null)
  const groups = useMemo(() => byGroup(shelf), [shelf])
  const shown = searchShelf(group ? (groups.get(group) ?? []) : shelf, query)
  const addCode = (code: string) => {
    const item = itemForCode(shelf, code)
    if (item) onAdd(item)
    else notify(translate("ocop.counter.not_found", { code }), { type: "warning" })
  }
  const groupName = (code: string) => {
    const g = PRODUCT_GROUPS.find((p) => p.code === code)
    return g ? (locale === "en" ? g.nameEn : g.nameVi) : code
  }
  return (
    <Stack spacing={1.5}>
      <TextField
        autoFocus
        fullWidth
        label={translate("ocop.counter.search")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return
          // A scanner types the code and Enter; a typed name with one match is added the same way.
          const byCode = itemForCode(shelf, query)
          const matches = searchShelf(shelf, query)
          if (byCode) onAdd(byCode)
          else if (matches.length === 1) onAdd(matches[0]!)
          else if (query.trim()) addCode(query)
          setQuery("")
        }}
        slotProps={{ htmlInput: { "data-testid": "counter-search" } }}
      />
      <CameraScanner onCode={addCode} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        <Chip
          label={translate("ocop.counter.all_groups")}
          color={group ? "default" : "primary"}
          onClick={() => setGroup(null)}
        />
        {[...groups.keys()].map((g) => (
          <Chip key={g} label={groupName(g)} color={group === g ? "primary" : "default"} onClick={() => setGroup(g)} />
        ))}
      </Stack>
      <Box sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))", gap: 1 }}>
        {shown.map((item) => (
          <Card key={item.variant_id} variant="outlined">
            <CardActionArea
              onClick={() => onAdd(item)}
              disabled={item.price == null}
              sx={{ p: 1.5, minHeight: 110, display: "block" }}
              aria-label={`${item.product_title} ${item.variant_title ?? ""}`}
            >
              <Typography variant="subtitle2" sx={{ lineHeight: 1.25 }}>
                {item.product_title}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="div">
                {item.variant_title}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 700, mt: 0.5 }}>
                {item.price != null ? formatVnd(item.price) : "—"}
              </Typography>
              <Typography variant="caption" color={item.low ? "warning.main" : "text.secondary"}>
                {translate("ocop.counter.available", { count: item.available })}
              </Typography>
            </CardActionArea>
          </Card>
        ))}
      </Box>
    </Stack>
  )
}
