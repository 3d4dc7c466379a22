import EventBusyIcon from "@mui/icons-material/EventBusy"
import FactCheckIcon from "@mui/icons-material/FactCheck"
import { List, ListItem, ListItemButton, ListItemText, Stack, Typography } from "@mui/material"
import type { DashboardRegister } from "@ocop/domain"
import { useTranslate } from "react-admin"
import { EXPIRING_FILTER } from "../certifications/certification-choices"
import { FigureCard } from "../common/FigureCard"
import { DEFAULT_FILTER } from "../reviews/ReviewList"
import { ListCard, Panel } from "./Panel"
import { ProducerCount } from "./ProducerCount"
import { ValidCertificationCount } from "./ValidCertificationCount"

const t = (key: string) => `ocop.home.${key}`
const listWith = (resource: string, filter: object) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`

/** The OCOP office's work: certificates to renew, changes to decide, producers left without a valid product. */
export function RegisterPanel({ register }: { register: DashboardRegister }) {
  const translate = useTranslate()
  const count = (n: number) => n.toLocaleString("vi-VN")
  return (
    <Panel title={t("register_title")}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <ProducerCount />
        <ValidCertificationCount />
        <FigureCard
          title={t("certificates_expiring")}
          icon={<EventBusyIcon />}
          figure={count(register.certificates_expiring)}
          to={listWith("certifications", EXPIRING_FILTER)}
          linkLabel="ocop.dashboard.open_list"
        />
        <FigureCard
          title={t("reviews_waiting")}
          icon={<FactCheckIcon />}
          figure={count(register.reviews_waiting)}
          to={listWith("product-reviews", DEFAULT_FILTER)}
          linkLabel="ocop.dashboard.open_list"
        />
      </Stack>
      <ListCard title={t("producers_without")}>
        <Typography variant="h5" component="p">
          {count(register.producers_without_valid_product)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(t("producers_without_help"))}
        </Typography>
        {register.producers_without.length === 0 ? (
          <Typography color="text.secondary">{translate(t("all_producers_valid"))}</Typography>
        ) : (
          <List dense disablePadding>
            {register.producers_without.map((p) => (
              <ListItem key={p.id} disableGutters disablePadding>
                <ListItemButton component="a" href={`#/producers/${p.id}/show`}>
                  <ListItemText primary={p.name} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
      </ListCard>
    </Panel>
  )
}
