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

export const lightTheme: RaThemeOptions = withConsoleDefaults(defaultLightTheme)
export const darkTheme: RaThemeOptions = withConsoleDefaults(defaultDarkTheme)
