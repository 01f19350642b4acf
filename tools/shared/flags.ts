// The build flags: environment variables that change what Slidev builds, set by the tools and read by
// vite.config.ts and setup/preparser.ts (which Slidev loads itself, so a flag cannot be an argument).
// Each has one name and one reader here.

/** `CLASS_MINUTES=50`: the 50-minute class (setup/preparser.ts hides `optional: true` slides). */
export const CLASS_MINUTES = 'CLASS_MINUTES'
/** `DECK_SINGLE_FILE=1`: the single offline HTML file (tools/export/single-file.ts). */
export const DECK_SINGLE_FILE = 'DECK_SINGLE_FILE'
/** `BENCH_MANIFEST=1`: ship Vite's build manifest, which the bench reads (tools/bench/). */
export const BENCH_MANIFEST = 'BENCH_MANIFEST'

/** Whether the value of CLASS_MINUTES asks for the 50-minute class; any other value is a mistake. */
export function shortClassRequested(value: string | undefined = process.env[CLASS_MINUTES]): boolean {
  if (value === undefined || value === '' || value === '75')
    return false
  if (value === '50')
    return true
  throw new Error(`${CLASS_MINUTES}=${value} is not a class length this deck is timed for: use 50 (npm run dev:50) or leave it unset for 75.`)
}

export const isSingleFileBuild = (): boolean => process.env[DECK_SINGLE_FILE] === '1'
export const shipsBuildManifest = (): boolean => process.env[BENCH_MANIFEST] === '1'
