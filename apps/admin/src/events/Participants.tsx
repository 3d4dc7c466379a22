import { useState } from "react"
import {
  Box,
  Button,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material"
import { AutocompleteInput, Form, ReferenceInput, useRecordContext, useTranslate } from "react-admin"
import { useEventAction } from "./EventActions"

type Participant = {
  id: string
  producer_id: string
  producer_name: string | null
  status: string
  booth_number: string | null
  products: { product_id: string; title: string | null; units: number }[]
}

/** Who takes part, their booth and what they bring; trade promotion invites from here. */
export function Participants() {
  const record = useRecordContext<{ id: string; read_only: boolean; participants: Participant[] }>()
  const translate = useTranslate()
  const act = useEventAction()
  const [booth, setBooth] = useState("")
  if (!record) return null
  const field = (key: string) => translate(`resources.trade-events.fields.${key}`)
  return (
    <Box>
      {record.participants.length === 0 ? (
        <Typography color="text.secondary">{translate("ocop.events.no_participants")}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{field("producer_id")}</TableCell>
              <TableCell>{field("status")}</TableCell>
              <TableCell>{translate("ocop.events.booth")}</TableCell>
              <TableCell>{translate("ocop.events.products")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {record.participants.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.producer_name ?? p.producer_id}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={p.status === "accepted" ? "success" : p.status === "declined" ? "default" : "info"}
                    label={translate(`ocop.events.participant.${p.status}`)}
                  />
                </TableCell>
                <TableCell>{p.booth_number ?? "—"}</TableCell>
                <TableCell>
                  {p.products.map((x) => `${x.title ?? x.product_id} × ${x.units}`).join(", ") || "—"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {record.read_only ? null : (
        <Form
          onSubmit={async (values: Record<string, unknown>) => {
            const done = await act(record.id, "participants", {
              producer_id: values.producer_id,
              booth_number: booth,
              products: [],
            })
            if (done) setBooth("")
          }}
        >
          <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap", mt: 2 }}>
            <ReferenceInput source="producer_id" reference="producers">
              <AutocompleteInput optionText="name" label={field("producer_id")} sx={{ minWidth: 280 }} />
            </ReferenceInput>
            <MuiTextField
              size="small"
              label={field("booth_number")}
              value={booth}
              onChange={(e) => setBooth(e.target.value)}
            />
            <Button type="submit" variant="outlined">
              {translate("ocop.events.invite")}
            </Button>
          </Box>
        </Form>
      )}
    </Box>
  )
}
