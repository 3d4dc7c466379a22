import { Card, CardContent, Divider, Stack, Typography } from "@mui/material"
import { useCanAccess, useRecordContext, useTranslate } from "react-admin"
import type { CertificationRecord } from "./certification-choices"
import { InspectionForm } from "./InspectionForm"
import { InspectionTable } from "./InspectionTable"
import { useInspections } from "./use-inspections"

/** Post-certification inspections (kiểm tra sau công nhận) of the certificate on screen. */
export function InspectionsPanel() {
  const record = useRecordContext<CertificationRecord>()
  const translate = useTranslate()
  const { canAccess: editable } = useCanAccess({ resource: "certifications", action: "edit" })
  const { inspections, isPending, error, reload } = useInspections(record?.id)
  if (!record) return null
  return (
    <Card variant="outlined" sx={{ mt: 2 }} component="section" aria-labelledby="inspections-title">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2" id="inspections-title">
            {translate("ocop.certifications.inspections.title")}
          </Typography>
          <InspectionTable inspections={inspections} isPending={isPending} error={error} />
          {editable && record.status !== "revoked" ? (
            <>
              <Divider />
              <InspectionForm certificationId={record.id} onAdded={reload} />
            </>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  )
}
