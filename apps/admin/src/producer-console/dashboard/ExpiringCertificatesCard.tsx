import EventBusyIcon from "@mui/icons-material/EventBusy"
import { Card, CardContent, List, ListItem, ListItemText, Skeleton, Stack, Typography } from "@mui/material"
import { useTranslate } from "react-admin"
import { formatDateSafe } from "../../common/DateViField"
import type { ProducerDashboard } from "../../providers/producer-data-provider"

type Certificate = ProducerDashboard["certificates_expiring"][number]

/**
 * Certificates ending within 90 days: the producer has to ask for re-evaluation in time, or its
 * products lose the OCOP badge and leave the shop.
 */
export function ExpiringCertificatesCard({ certificates }: { certificates: Certificate[] | null | undefined }) {
  const translate = useTranslate()
  const t = (key: string, options?: object) => translate(`ocop.producer_console.dashboard.${key}`, options)
  let body
  if (certificates === undefined) body = <Skeleton aria-label={translate("ra.page.loading")} />
  else if (certificates === null)
    body = <Typography color="text.secondary">{translate("ocop.dashboard.unavailable")}</Typography>
  else if (certificates.length === 0)
    body = <Typography color="text.secondary">{t("no_certificates_expiring")}</Typography>
  else
    body = (
      <List dense disablePadding>
        {certificates.map((c) => (
          <ListItem key={c.id} disableGutters>
            <ListItemText
              primary={c.product_title ?? c.certificate_number ?? c.id}
              secondary={t("certificate_line", {
                number: c.certificate_number ?? "—",
                date: formatDateSafe(c.valid_until),
              })}
            />
          </ListItem>
        ))}
      </List>
    )
  return (
    <Card sx={{ flex: 1, minWidth: 280 }} component="section" aria-label={t("certificates_expiring")}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
          <EventBusyIcon color="warning" aria-hidden />
          <Typography color="text.secondary" component="h2" variant="subtitle1">
            {t("certificates_expiring")}
          </Typography>
        </Stack>
        {body}
        {certificates && certificates.length > 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t("certificates_help")}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  )
}
