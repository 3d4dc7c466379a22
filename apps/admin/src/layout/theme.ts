import { createElement } from "react"
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from "react-admin"
import { Translated } from "../common/Translated"

// Vietnamese menu labels ("Giấy chứng nhận OCOP") are longer than react-admin's 240px sidebar.
const sidebar = { width: 260, closedWidth: 55 }

/**
 * MUI texts react-admin does not translate. Its AutocompleteInput passes translated open, close,
 * clear and loading labels but leaves "No options" to MUI, which only speaks English; the default
 * is a node that translates when it renders, so it follows the language switch.
 */
function withConsoleDefaults(theme: RaThemeOptions): RaThemeOptions {
  const autocomplete = theme.components?.MuiAutocomplete
  return {
    ...theme,
    sidebar,
    components: {
      ...theme.components,
      MuiAutocomplete: {
        ...autocomplete,
        defaultProps: {
          ...autocomplete?.defaultProps,
          noOptionsText: createElement(Translated, { message: "ocop.common.no_options" }),
        },
      },
    },
  }
}

/**
 * Colours that pass WCAG AA (4.5:1) for text, both as white text on the colour (buttons, chips, the
 * app bar) and as coloured text on the page background. react-admin's blue app bar (#2196f3) and
 * MUI's warning orange and info blue are near 3:1, which axe reports on every screen.
 */
export const AA_PALETTE = {
  primary: { main: "#1565c0", light: "#5e92f3", dark: "#003c8f", contrastText: "#ffffff" },
  secondary: { main: "#01579b", light: "#4f83cc", dark: "#002f6c", contrastText: "#ffffff" },
  warning: { main: "#b45309", light: "#e08a3c", dark: "#7c2d12", contrastText: "#ffffff" },
  info: { main: "#01579b", light: "#4f83cc", dark: "#002f6c", contrastText: "#ffffff" },
  success: { main: "#2e7d32", light: "#60ad5e", dark: "#005005", contrastText: "#ffffff" },
  error: { main: "#c62828", light: "#ff5f52", dark: "#8e0000", contrastText: "#ffffff" },
} as const

/**
 * Texts react-admin and MUI draw in the "disabled" grey (38 % black, 2.6:1): the empty list's
 * message, and the helper text of a disabled field ("you cannot change your own role"). They are
 * read as text, so they get the secondary text colour, which passes AA.
 */
const readableGreys: RaThemeOptions["components"] = {
  RaEmpty: { styleOverrides: { root: { "& .RaEmpty-message": { color: "rgba(0, 0, 0, 0.6)" } } } },
  MuiFormHelperText: { styleOverrides: { root: { "&.Mui-disabled": { color: "rgba(0, 0, 0, 0.6)" } } } },
}

export const lightTheme: RaThemeOptions = withConsoleDefaults({
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, ...AA_PALETTE },
  components: { ...defaultLightTheme.components, ...readableGreys },
})
export const darkTheme: RaThemeOptions = withConsoleDefaults(defaultDarkTheme)
