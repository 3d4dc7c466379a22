export { PROGRAMME_PAGE, PROGRAMME_PATH, ProgrammePage } from "./ProgrammePage"
