import {
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from "@mui/material"
import { formatVnd } from "@ocop/domain"
import { useCallback, useEffect, useState } from "react"
import { useNotify, useRecordContext, useTranslate } from "react-admin"
import { counterApi } from "../providers"
import type { PickupOrder } from "../providers/counter"

const STATES = ["to_prepare", "ready", "handed_over", "not_collected"] as const

/** Storefront orders to collect at the place: prepare, tell the buyer, hand over with the code. */
export function PickupQueue() {
  const record = useRecordContext<{ id: string }>()
  const translate = useTranslate()
  const notify = useNotify()
  const [state, setState] = useState<(typeof STATES)[number]>("to_prepare")
  const [orders, setOrders] = useState<PickupOrder[]>([])
  const [codes, setCodes] = useState<Record<string, string>>({})
  // The open register that takes the cash of an order paid at pickup; the server ignores it for a paid one.
  const [sessionId, setSessionId] = useState<string | null>(null)
  const load = useCallback(() => {
    if (!record) return
    void counterApi.pickupQueue(String(record.id), state).then(setOrders)
    void counterApi
      .registers(String(record.id))
      .then((rows) => setSessionId(rows.find((r) => r.open_session)?.open_session?.id ?? null))
  }, [record, state])
  useEffect(load, [load])
  if (!record) return null
  const act = async (
    orderId: string,
    action: "ready" | "hand-over" | "not-collected",
    body: Record<string, unknown> = {},
  ) => {
    try {
      await counterApi.pickup(orderId, action, { point_of_sale_id: record.id, ...body })
      load()
    } catch (error) {
      notify((error as Error).message, { type: "error" })
    }
  }
  return (
    <Stack spacing={1} data-testid="pickup-queue">
      <ToggleButtonGroup exclusive size="small" value={state} onChange={(_e, v) => v && setState(v)}>
        {STATES.map((s) => (
          <ToggleButton key={s} value={s}>
            {translate(`ocop.places.state.${s}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>Người mua</TableCell>
            <TableCell align="right">Tổng</TableCell>
            <TableCell>Thanh toán</TableCell>
            <TableCell>{translate("ocop.places.collect_by")}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {orders.map((o) => (
            <TableRow key={o.id} data-testid={`pickup-${o.display_id}`}>
              <TableCell>#{o.display_id}</TableCell>
              <TableCell>
                {o.customer_name} {o.phone}
              </TableCell>
              <TableCell align="right" data-testid={`pickup-${o.display_id}-total`}>
                {formatVnd(o.total)}
              </TableCell>
              <TableCell>
                <Chip size="small" label={o.payment_status} />
              </TableCell>
              <TableCell>{o.collect_by ? new Date(o.collect_by).toLocaleDateString("vi-VN") : ""}</TableCell>
              <TableCell>
                {o.state === "to_prepare" ? (
                  <Stack direction="row" spacing={1}>
                    <Button size="small" variant="contained" onClick={() => act(o.id, "ready")}>
                      {translate("ocop.places.ready")}
                    </Button>
                    <Button size="small" onClick={() => act(o.id, "ready", { source: "showroom" })}>
                      {translate("ocop.places.from_shelf")}
                    </Button>
                  </Stack>
                ) : o.state === "ready" ? (
                  <Stack direction="row" spacing={1}>
                    {o.payment_status !== "captured" && !sessionId ? (
                      <Chip size="small" color="warning" label={translate("ocop.places.open_register_first")} />
                    ) : null}
                    <TextField
                      size="small"
                      label={translate("ocop.places.pickup_code")}
                      value={codes[o.id] ?? ""}
                      onChange={(e) => setCodes({ ...codes, [o.id]: e.target.value })}
                      sx={{ width: 150 }}
                    />
                    <Button
                      size="small"
                      variant="contained"
                      onClick={() =>
                        act(o.id, "hand-over", { pickup_code: codes[o.id] ?? "", register_session_id: sessionId })
                      }
                    >
                      {translate("ocop.places.hand_over")}
                    </Button>
                    <Button size="small" color="warning" onClick={() => act(o.id, "not-collected")}>
                      {translate("ocop.places.not_collected")}
                    </Button>
                  </Stack>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  )
}
