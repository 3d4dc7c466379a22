import StoreIcon from "@mui/icons-material/Store"
import { Chip } from "@mui/material"
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  TitlePortal,
  ToggleThemeButton,
  useGetIdentity,
  useTranslate,
} from "react-admin"
import type { ProducerIdentity } from "../providers/producer-auth"

/** For a producer's user, the producer they work for, so nobody edits the wrong listings. */
function ProducerName() {
  const { identity } = useGetIdentity()
  const translate = useTranslate()
  const name = (identity as ProducerIdentity | undefined)?.producerName
  if (!name) return null
  return (
    <Chip
      icon={<StoreIcon />}
      label={name}
      aria-label={translate("ocop.producer_console.producer_of", { name })}
      sx={{
        display: { xs: "none", sm: "flex" },
        color: "inherit",
        borderColor: "currentColor",
        mx: 1,
        "& .MuiChip-icon": { color: "inherit" },
      }}
      variant="outlined"
    />
  )
}

/**
 * react-admin's app bar with the Vietnamese/English switch spelled out, so it stays visible even
 * if react-admin's default toolbar changes.
 */
export function AppBar() {
  return (
    <RaAppBar
      toolbar={
        <>
          <ProducerName />
          <LocalesMenuButton />
          <ToggleThemeButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </RaAppBar>
  )
}
