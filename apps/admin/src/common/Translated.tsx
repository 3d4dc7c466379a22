import { useTranslate } from "react-admin"

/**
 * A translated message as a React node. Theme default props are set once, outside any locale;
 * a node that translates when it renders follows the console's language switch.
 */
export function Translated({ message }: { message: string }) {
  const translate = useTranslate()
  return <>{translate(message)}</>
}
