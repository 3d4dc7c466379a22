import { Box, useTheme } from "@mui/material"
import { useLocaleState } from "react-admin"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { formatVndSafe } from "../common/VndField"

/** "1,2 Tr" on an axis: the exact amount is in the tooltip and the table beside the chart. */
function useCompact() {
  const [locale] = useLocaleState()
  const format = new Intl.NumberFormat(locale === "en" ? "en" : "vi-VN", { notation: "compact" })
  return (value: number) => format.format(value)
}

export type BarSeries = { key: string; label: string }

interface MoneyBarsProps<T> {
  /** What the chart shows, said to screen readers (the table or list next to it has the figures). */
  label: string
  data: T[]
  /** The field naming each bar on the x axis. */
  x: keyof T & string
  series: BarSeries[]
  height?: number
  /** Formats an x value for the axis (a day "2026-12-05" as "05"). */
  tick?: (value: string) => string
}

/** Bars of đồng amounts (recharts, responsive), one colour per series, exact amounts in the tooltip. */
export function MoneyBars<T extends object>({ label, data, x, series, height = 240, tick }: MoneyBarsProps<T>) {
  const theme = useTheme()
  const compact = useCompact()
  const colours = [theme.palette.primary.main, theme.palette.secondary.main, theme.palette.success.main]
  return (
    <Box role="img" aria-label={label} sx={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={x} tickFormatter={tick} fontSize={12} interval="preserveStartEnd" />
          <YAxis tickFormatter={compact} fontSize={12} width={56} />
          <Tooltip formatter={(value) => formatVndSafe(Number(value))} />
          {series.length > 1 ? <Legend /> : null}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={colours[i % colours.length]} radius={[3, 3, 0, 0]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Box>
  )
}
