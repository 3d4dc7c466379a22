import { Autocomplete, Button, MenuItem, Stack, TextField } from "@mui/material"
import { useEffect, useState } from "react"
import { Create, SimpleForm, useCreate, useNotify, useRedirect, useTranslate } from "react-admin"
import { counterApi } from "../providers"

type Variant = { id: string; title: string; sku: string | null; product?: { title: string } }

/** A draft transfer: from and to (warehouse or a place) and the lines; sent from its page. */
export function TransferCreate() {
  const translate = useTranslate()
  const notify = useNotify()
  const redirect = useRedirect()
  const [create, { isPending }] = useCreate()
  const [locations, setLocations] = useState<{ id: string; name: string }[]>([])
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [note, setNote] = useState("")
  const [lines, setLines] = useState<{ variant: Variant | null; quantity: number }[]>([{ variant: null, quantity: 1 }])
  const [options, setOptions] = useState<Variant[]>([])
  useEffect(() => {
    void counterApi.locations().then(setLocations)
  }, [])
  const save = () =>
    create(
      "stock-transfers",
      {
        data: {
          from_location_id: from,
          to_location_id: to,
          note: note || null,
          lines: lines.filter((l) => l.variant).map((l) => ({ variant_id: l.variant!.id, quantity: l.quantity })),
        },
      },
      {
        onSuccess: (data) => redirect("show", "stock-transfers", data.id),
        onError: (error) => notify((error as Error).message, { type: "error" }),
      },
    )
  return (
    <Create>
      <SimpleForm toolbar={false}>
        <Stack spacing={2} sx={{ width: "100%", maxWidth: 720 }}>
          {(["from", "to"] as const).map((side) => (
            <TextField
              key={side}
              select
              label={translate(`resources.stock-transfers.fields.${side}_location_id`)}
              value={side === "from" ? from : to}
              onChange={(e) => (side === "from" ? setFrom : setTo)(e.target.value)}
            >
              {locations.map((l) => (
                <MenuItem key={l.id} value={l.id}>
                  {l.name}
                </MenuItem>
              ))}
            </TextField>
          ))}
          {lines.map((line, i) => (
            <Stack key={i} direction="row" spacing={1}>
              <Autocomplete
                sx={{ flex: 1 }}
                options={options}
                value={line.variant}
                getOptionLabel={(v) => `${v.product?.title ?? ""} – ${v.title}${v.sku ? ` (${v.sku})` : ""}`}
                onInputChange={(_e, q) => q.length > 1 && void counterApi.variants(q).then(setOptions)}
                onChange={(_e, v) => setLines(lines.map((l, j) => (j === i ? { ...l, variant: v } : l)))}
                renderInput={(params) => (
                  <TextField {...params} label={translate("resources.stock-transfers.fields.variant_id")} />
                )}
              />
              <TextField
                type="number"
                label={translate("resources.stock-transfers.fields.quantity")}
                value={line.quantity}
                onChange={(e) =>
                  setLines(lines.map((l, j) => (j === i ? { ...l, quantity: Number(e.target.value) } : l)))
                }
                sx={{ width: 110 }}
              />
            </Stack>
          ))}
          <Button onClick={() => setLines([...lines, { variant: null, quantity: 1 }])}>
            {translate("ocop.transfers.add_line")}
          </Button>
          <TextField
            label={translate("resources.stock-transfers.fields.note")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button
            variant="contained"
            disabled={isPending || !from || !to || !lines.some((l) => l.variant)}
            onClick={save}
          >
            {translate("ra.action.save")}
          </Button>
        </Stack>
      </SimpleForm>
    </Create>
  )
}
