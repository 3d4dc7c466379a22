import { Alert, Box, Button, LinearProgress, Typography } from "@mui/material"

type Props = {
  loading: boolean
  /** The error to show, already in the user's words; null when there is none. */
  error: string | null
  loadingText: string
  retryText: string
  onRetry: () => void
}

/** A page's loading bar (announced as a status) or its error with a retry button; nothing otherwise. */
export function LoadingOrError({ loading, error, loadingText, retryText, onRetry }: Props) {
  return (
    <>
      {loading ? (
        <Box role="status">
          <Typography variant="body2">{loadingText}</Typography>
          <LinearProgress />
        </Box>
      ) : null}
      {error !== null ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={onRetry}>
              {retryText}
            </Button>
          }
        >
          {error}
        </Alert>
      ) : null}
    </>
  )
}
