import { Alert, Box, Button, Chip, Paper, Stack, Typography } from "@mui/material"
import { discountNeedsApproval, type CounterSaleInput } from "@ocop/domain"
import { useCallback, useEffect, useState } from "react"
import { Link, Title, useGetList, useNotify, useTranslate } from "react-admin"
import { useParams } from "react-router-dom"
import { counterApi } from "../providers"
import type { CounterSale, RegisterRow, RegisterSession, ShelfItem } from "../providers/counter"
import { addItem, cartTotals, newSaleKey, type CartLine } from "./cart"
import { CartPanel, type Buyer } from "./CartPanel"
import { PaymentDialog } from "./PaymentDialog"
import { ProductTiles } from "./ProductTiles"
import { ReceiptDialog } from "./ReceiptDialog"
import { SessionBar } from "./SessionBar"
import { keepForOffline, keptForOffline } from "./kept-for-offline"
import { isOffline, useOfflineSales } from "./use-offline-sales"

const NO_BUYER: Buyer = { name: "", email: "", phone: "" }

/** This tablet's id, part of every idempotency key it makes. */
function deviceId(): string {
  try {
    const known = window.localStorage.getItem("ocop-counter-device")
    if (known) return known
    const made = `tab${Math.random().toString(36).slice(2, 10)}`
    window.localStorage.setItem("ocop-counter-device", made)
    return made
  } catch {
    return "tab"
  }
}

type Place = {
  id: string
  name: string
  code: string
  discount_limit_percent: number
  address: string
  phone: string | null
  seller_tax_code: string | null
}

/**
 * The counter screen, for a tablet (issue 14): find and tap products, discounts, an optional buyer,
 * payment, the receipt. Cash sales go on when the backend cannot be reached: they are kept on the
 * tablet and sent once it is back. Choose the place first when the clerk works at several.
 */
export function CounterScreen() {
  const { placeId } = useParams()
  const { data, error, isPending } = useGetList<Place>(
    "points-of-sale",
    { pagination: { page: 1, perPage: 50 }, sort: { field: "name", order: "ASC" } },
    // Unreachable: fall back at once on the places kept from the last visit, not after retries.
    { retry: (count, failure) => !isOffline(failure) && count < 2 },
  )
  useEffect(() => {
    if (data) keepForOffline("places", data)
  }, [data])
  const translate = useTranslate()
  const places = data ?? (error && isOffline(error) ? keptForOffline<Place[]>("places") : undefined)
  if (isPending) return null
  const place = places?.find((p) => p.id === placeId) ?? (places?.length === 1 ? places[0] : undefined)
  if (!place) {
    return (
      <Box sx={{ p: 2 }}>
        <Title title={translate("ocop.counter.title")} />
        <Typography variant="h5" gutterBottom>
          {translate("ocop.counter.choose_place")}
        </Typography>
        <Stack spacing={1}>
          {(places ?? []).map((p) => (
            <Button key={p.id} component={Link} to={`/counter/${p.id}`} variant="outlined" size="large">
              {p.name}
            </Button>
          ))}
        </Stack>
      </Box>
    )
  }
  return <Counter place={place} />
}

function Counter({ place }: { place: Place }) {
  const translate = useTranslate()
  const notify = useNotify()
  const offlineSales = useOfflineSales()
  const [shelf, setShelf] = useState<ShelfItem[]>([])
  const [registers, setRegisters] = useState<RegisterRow[]>([])
  const [registerId, setRegisterId] = useState<string | null>(null)
  const [session, setSession] = useState<RegisterSession | null>(null)
  const [lines, setLines] = useState<CartLine[]>([])
  const [saleDiscount, setSaleDiscount] = useState(0)
  const [buyer, setBuyer] = useState<Buyer>(NO_BUYER)
  const [paying, setPaying] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [offline, setOffline] = useState(false)
  const [receipt, setReceipt] = useState<{ sale: CounterSale; temporary: boolean } | null>(null)
  const load = useCallback(async () => {
    try {
      const [items, regs] = await Promise.all([counterApi.shelf(place.id), counterApi.registers(place.id)])
      setShelf(items)
      setRegisters(regs)
      setOffline(false)
      const chosen = regs.find((r) => r.id === registerId) ?? regs.find((r) => r.open_session) ?? regs[0]
      const open = chosen?.open_session ? await counterApi.session(chosen.open_session.id) : null
      // Register and session together: the register alone would show "not open" until its session arrives.
      if (chosen) setRegisterId(chosen.id)
      setSession(open)
      keepForOffline(`place:${place.id}`, {
        shelf: items,
        registers: regs,
        registerId: chosen?.id ?? null,
        session: open,
      })
    } catch (error) {
      if (!isOffline(error)) return
      setOffline(true)
      // Reloaded while unreachable: sell from what was last read (the server rechecks each sale on arrival).
      const kept = keptForOffline<{
        shelf: ShelfItem[]
        registers: RegisterRow[]
        registerId: string | null
        session: RegisterSession | null
      }>(`place:${place.id}`)
      if (kept) {
        setShelf((current) => (current.length ? current : kept.shelf))
        setRegisters((current) => (current.length ? current : kept.registers))
        setRegisterId((current) => current ?? kept.registerId)
        setSession((current) => current ?? kept.session)
      }
    }
  }, [place.id, registerId])
  useEffect(() => {
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [place.id])
  // Back online: the kept sales go first (useOfflineSales), then the shelf, drawer and status are read again.
  const flushKept = offlineSales.flush
  useEffect(() => {
    const back = () => void flushKept().then(load)
    window.addEventListener("online", back)
    return () => window.removeEventListener("online", back)
  }, [flushKept, load])
  const totals = cartTotals(lines, saleDiscount)
  const needsApproval = totals ? discountNeedsApproval(totals.discount_percent, place.discount_limit_percent) : false
  const pay = async (payments: CounterSaleInput["payments"], approval: { email: string; password: string } | null) => {
    if (!session || !paying || !totals) return
    const input: CounterSaleInput = {
      idempotency_key: paying,
      register_session_id: session.id,
      lines: lines.map((l) => ({ variant_id: l.item.variant_id, quantity: l.quantity, discount: l.discount })),
      sale_discount: saleDiscount,
      payments,
      buyer:
        buyer.name || buyer.email || buyer.phone
          ? { name: buyer.name || null, email: buyer.email || null, phone: buyer.phone || null }
          : null,
      approval,
    }
    setBusy(true)
    try {
      const { counter_sale } = await counterApi.sell(input)
      setReceipt({ sale: counter_sale, temporary: false })
      setOffline(false)
    } catch (error) {
      if (!isOffline(error)) {
        notify((error as Error).message, { type: "error" })
        return
      }
      if (payments.some((p) => p.method !== "cash")) {
        notify(translate("ocop.counter.offline"), { type: "error" })
        return
      }
      const offlineAt = new Date().toISOString()
      await offlineSales.keep({ ...input, offline_at: offlineAt })
      setOffline(true)
      notify(translate("ocop.counter.saved_offline"), { type: "warning" })
      setReceipt({ sale: temporarySale(place, lines, totals, payments, offlineAt), temporary: true })
    } finally {
      setBusy(false)
    }
    setPaying(null)
    setLines([])
    setSaleDiscount(0)
    setBuyer(NO_BUYER)
  }
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title={`${translate("ocop.counter.title")} – ${place.name}`} />
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 2, flexWrap: "wrap" }} useFlexGap>
        <Typography variant="h6">{place.name}</Typography>
        <Chip
          color={offline ? "warning" : "success"}
          label={translate(offline ? "ocop.counter.offline" : "ocop.counter.online")}
          data-testid="connection"
        />
        {offlineSales.pending ? (
          <>
            <Chip
              color="warning"
              label={translate("ocop.counter.pending", { count: offlineSales.pending })}
              data-testid="pending-sales"
            />
            <Button size="small" onClick={() => void offlineSales.flush().then(load)}>
              {translate("ocop.counter.send_pending")}
            </Button>
          </>
        ) : null}
        <SessionBar
          registers={registers}
          registerId={registerId}
          onRegister={(id) => {
            setRegisterId(id)
            const open = registers.find((r) => r.id === id)?.open_session
            if (open) void counterApi.session(open.id).then(setSession)
            else setSession(null)
          }}
          session={session}
          onSession={(s) => {
            setSession(s)
            void load()
          }}
          offline={offline}
        />
      </Stack>
      {offlineSales.problems ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {translate("ocop.counter.pending_problem", { count: offlineSales.problems })}
        </Alert>
      ) : null}
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "3fr 2fr" }, gap: 2 }}>
        <Paper sx={{ p: 2 }}>
          <ProductTiles shelf={shelf} onAdd={(item) => setLines((current) => addItem(current, item))} />
        </Paper>
        <Paper sx={{ p: 2 }}>
          <CartPanel
            lines={lines}
            onLines={setLines}
            saleDiscount={saleDiscount}
            onSaleDiscount={setSaleDiscount}
            buyer={buyer}
            onBuyer={setBuyer}
            disabled={!session}
            onPay={() => setPaying(newSaleKey(deviceId()))}
          />
        </Paper>
      </Box>
      <PaymentDialog
        open={Boolean(paying)}
        total={totals?.total ?? 0}
        placeId={place.id}
        saleNote={`OCOP ${place.code.toUpperCase().slice(0, 8)} ${paying?.slice(-6) ?? ""}`}
        offline={offline}
        needsApproval={needsApproval}
        discountLimit={place.discount_limit_percent}
        onClose={() => setPaying(null)}
        onPaid={pay}
        busy={busy}
      />
      <ReceiptDialog
        sale={receipt?.sale ?? null}
        temporary={receipt?.temporary ?? false}
        sessionId={session?.id ?? null}
        onClose={() => {
          setReceipt(null)
          void load()
        }}
        onChanged={(sale) => setReceipt({ sale, temporary: false })}
      />
    </Box>
  )
}

/** The receipt of a sale kept on the device, printed before the server has numbered it. */
function temporarySale(
  place: Place,
  lines: CartLine[],
  totals: NonNullable<ReturnType<typeof cartTotals>>,
  payments: CounterSaleInput["payments"],
  at: string,
): CounterSale {
  return {
    id: "",
    display_id: null,
    receipt_number: null,
    status: "completed",
    total: totals.total,
    subtotal: totals.subtotal,
    discount_total: totals.discount_total,
    vat_total: totals.vat_total,
    refunded_total: 0,
    created_at: at,
    offline_at: at,
    flag: null,
    lines: lines.map((l, i) => ({
      title: l.item.product_title,
      variant_title: l.item.variant_title,
      quantity: l.quantity,
      unit_price: l.item.price ?? 0,
      total: totals.lines[i]!.total,
      vat_rate: l.item.vat_rate ?? 10,
      vat: totals.lines[i]!.vat,
      line_discount: totals.lines[i]!.line_discount,
      sale_discount: totals.lines[i]!.sale_discount,
      certificate_number: l.item.certificate_number,
    })),
    payments: payments.map((p) => ({
      method: p.method,
      amount: p.amount,
      tendered: p.tendered ?? null,
      change: p.tendered ? Math.max(0, p.tendered - p.amount) : 0,
      reference: p.reference ?? null,
    })),
    buyer: null,
    invoice: { seller: { name: null, tax_code: place.seller_tax_code }, by_vat_rate: [] },
    point_of_sale: { id: place.id, code: place.code, name: place.name, address: place.address, phone: place.phone },
    returns: [],
  }
}
