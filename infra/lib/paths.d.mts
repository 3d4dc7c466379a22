export const repoRoot: string
export const stateDir: string
export const devStateFile: string
export const backendDir: string
