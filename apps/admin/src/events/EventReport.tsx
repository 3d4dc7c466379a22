import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material"
import { formatVnd } from "@ocop/domain"
import { useNotify, useRecordContext, useTranslate } from "react-admin"
import { counterApi } from "../providers"

type Report = {
  revenue: { total: number; target: number; share_of_target: number | null; orders: number }
  by_product: { product_id: string; title: string; producer_name: string | null; units: number; revenue: number }[]
  leads_by_producer: { producer_id: string; producer_name: string | null; count: number }[]
  stock: {
    variant_id: string
    title: string
    received: number
    lost_in_transit: number
    declared: number
    sent_back: number
    lost_at_booth: number
    on_hand: number
    sold_recorded: number
    sold_by_stock: number
    difference: number
  }[]
}

/** The event's figures once it has opened: revenue against target, by product, leads, stock reconciliation. */
export function EventReport() {
  const record = useRecordContext<{ id: string; handle: string; report: Report | null }>()
  const translate = useTranslate()
  const notify = useNotify()
  const report = record?.report
  if (!record || !report) return null
  const t = (key: string) => translate(`ocop.events.report.${key}`)
  const share = report.revenue.share_of_target
  /** Fetches the file with the signed-in token and saves it under the backend's name for it. */
  const download = async (ext: "xlsx" | "pdf") => {
    try {
      const url = await counterApi.pdfUrl(`/admin/trade-events/${record.id}/report.${ext}`)
      const link = document.createElement("a")
      link.href = url
      link.download = `bao-cao-${record.handle}.${ext}`
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch {
      notify(t("download_failed"), { type: "error" })
    }
  }
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <Button variant="outlined" size="small" aria-label={t("xlsx_label")} onClick={() => void download("xlsx")}>
          {t("xlsx")}
        </Button>
        <Button variant="outlined" size="small" aria-label={t("pdf_label")} onClick={() => void download("pdf")}>
          {t("pdf")}
        </Button>
      </Stack>
      <Typography>
        {t("revenue")}: <strong>{formatVnd(report.revenue.total)}</strong> / {formatVnd(report.revenue.target)}
        {share == null ? "" : ` (${Math.round(share * 100)} %)`} · {t("orders")}: {report.revenue.orders}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t("product")}</TableCell>
            <TableCell>{t("producer")}</TableCell>
            <TableCell align="right">{t("units")}</TableCell>
            <TableCell align="right">{t("revenue")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.by_product.map((p) => (
            <TableRow key={p.product_id}>
              <TableCell>{p.title}</TableCell>
              <TableCell>{p.producer_name ?? "—"}</TableCell>
              <TableCell align="right">{p.units}</TableCell>
              <TableCell align="right">{formatVnd(p.revenue)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography sx={{ mt: 2 }}>
        {t("leads")}:{" "}
        {report.leads_by_producer.map((l) => `${l.producer_name ?? l.producer_id} (${l.count})`).join(", ") || "—"}
      </Typography>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {t("stock")}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t("product")}</TableCell>
            {[
              "received",
              "lost_in_transit",
              "declared",
              "sent_back",
              "lost_at_booth",
              "on_hand",
              "sold_recorded",
              "sold_by_stock",
              "difference",
            ].map((k) => (
              <TableCell key={k} align="right">
                {t(k)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {report.stock.map((s) => (
            <TableRow key={s.variant_id}>
              <TableCell>{s.title}</TableCell>
              <TableCell align="right">{s.received}</TableCell>
              <TableCell align="right">{s.lost_in_transit}</TableCell>
              <TableCell align="right">{s.declared}</TableCell>
              <TableCell align="right">{s.sent_back}</TableCell>
              <TableCell align="right">{s.lost_at_booth}</TableCell>
              <TableCell align="right">{s.on_hand}</TableCell>
              <TableCell align="right">{s.sold_recorded}</TableCell>
              <TableCell align="right">{s.sold_by_stock}</TableCell>
              <TableCell align="right" sx={s.difference !== 0 ? { color: "error.main", fontWeight: 700 } : undefined}>
                {s.difference}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  )
}
