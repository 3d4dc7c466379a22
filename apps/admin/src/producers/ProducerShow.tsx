import { ImageList, ImageListItem } from "@mui/material"
import {
  EditButton,
  EmailField,
  Labeled,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  UrlField,
  useCanAccess,
  useRecordContext,
} from "react-admin"
import { DateViField } from "../common/DateViField"
import { useDistrictChoices, useProducerKindChoices } from "../common/domain-labels"
import { StatusChip } from "../common/StatusChip"
import { PRODUCER_STATUS_COLORS } from "./producer-status"
import { ProducerCertificationsTab } from "./ProducerCertificationsTab"
import { ProducerProductsTab } from "./ProducerProductsTab"
import { ProducerSalesPanel } from "./ProducerSalesPanel"
import { ProducerTitle } from "./ProducerTitle"
import { ProducerUsersPanel } from "./ProducerUsersPanel"
import { SuspendButton } from "./SuspendButton"

function ProducerShowActions() {
  const { canAccess } = useCanAccess({ resource: "producers", action: "edit" })
  if (!canAccess) return <TopToolbar />
  return (
    <TopToolbar>
      <SuspendButton />
      <EditButton />
    </TopToolbar>
  )
}

function Photos() {
  const record = useRecordContext<{ photos?: string[]; name?: string }>()
  const photos = record?.photos ?? []
  if (photos.length === 0) return null
  return (
    <Labeled source="photos">
      <ImageList cols={4} rowHeight={140} sx={{ maxWidth: 720 }}>
        {photos.map((src, index) => (
          <ImageListItem key={src}>
            <img src={src} alt={`${record?.name ?? ""} ${index + 1}`} loading="lazy" />
          </ImageListItem>
        ))}
      </ImageList>
    </Labeled>
  )
}

/**
 * Everything the register holds about one producer: its details, products, certificates (for the
 * roles that may read them), marketplace sales and the accounts its people sign in with.
 */
export function ProducerShow() {
  const districts = useDistrictChoices()
  const kinds = useProducerKindChoices()
  const { canAccess: readsCertificates } = useCanAccess({ resource: "certifications", action: "list" })
  return (
    <Show actions={<ProducerShowActions />} title={<ProducerTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="ocop.producer_page.tabs.details">
          <TextField source="name" />
          <StatusChip source="status" i18nPrefix="ocop.producers.status." colors={PRODUCER_STATUS_COLORS} />
          <SelectField source="kind" choices={kinds} />
          <TextField source="registration_number" />
          <TextField source="handle" />
          <SelectField source="district" choices={districts} />
          <TextField source="commune" />
          <TextField source="address" />
          <TextField source="representative" />
          <TextField source="phone" />
          <EmailField source="email" />
          {/* pre-line keeps the paragraphs producers write in their stories */}
          <TextField source="story_vi" sx={{ whiteSpace: "pre-line" }} />
          <TextField source="story_en" sx={{ whiteSpace: "pre-line" }} />
          <UrlField source="logo_url" target="_blank" rel="noopener" />
          <Photos />
          <DateViField source="created_at" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="ocop.producer_page.tabs.products" path="products">
          <ProducerProductsTab />
        </TabbedShowLayout.Tab>
        {readsCertificates ? (
          <TabbedShowLayout.Tab label="ocop.producer_page.tabs.certifications" path="certifications">
            <ProducerCertificationsTab />
          </TabbedShowLayout.Tab>
        ) : null}
        <TabbedShowLayout.Tab label="ocop.producer_page.tabs.sales" path="sales">
          <ProducerSalesPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="ocop.producer_page.tabs.users" path="users">
          <ProducerUsersPanel />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  )
}
