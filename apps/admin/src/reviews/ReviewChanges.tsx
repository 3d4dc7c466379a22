import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material"
import { Labeled, useRecordContext, useTranslate } from "react-admin"
import type { ProductReviewRecord } from "../providers/product-reviews"
import { fieldChanges } from "./review-model"
import { ReviewValue } from "./ReviewValue"

/**
 * What the producer asks to change: each field with the live version beside the proposed one (a
 * new product has no live version). Prices in đồng and dollars, pictures as thumbnails.
 */
export function ReviewChanges() {
  const review = useRecordContext<ProductReviewRecord>()
  const translate = useTranslate()
  if (!review) return null
  const isNew = review.kind === "create"
  const rows = fieldChanges(review.changes, isNew ? null : (review.current ?? {}))
  const label = (field: string) => translate(`resources.producer-products.fields.${field}`, { _: field })
  return (
    <Labeled label="ocop.reviews.changes">
      {rows.length === 0 ? (
        <Typography variant="body2">{translate("ocop.reviews.no_changes")}</Typography>
      ) : (
        <Table size="small" sx={{ maxWidth: 1100 }}>
          <TableHead>
            <TableRow>
              <TableCell component="th" sx={{ width: 160 }}>
                {translate("ocop.reviews.field")}
              </TableCell>
              {isNew ? null : <TableCell component="th">{translate("ocop.reviews.before")}</TableCell>}
              <TableCell component="th">{translate(isNew ? "ocop.reviews.proposed" : "ocop.reviews.after")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.field} sx={{ verticalAlign: "top" }}>
                <TableCell component="th" scope="row">
                  {label(row.field)}
                </TableCell>
                {isNew ? null : (
                  <TableCell>
                    <ReviewValue field={row.field} value={row.before} />
                  </TableCell>
                )}
                <TableCell sx={isNew ? undefined : { bgcolor: "action.hover" }}>
                  <ReviewValue field={row.field} value={row.after} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Labeled>
  )
}
