// Before any artifact test: every build and export they read is there, or one message naming the
// command that makes each missing one (the outputs and commands: tools/shared/paths.ts).
import { missingOutputs, OUTPUTS } from '../../tools/shared/paths.ts'

export default function requireInputs() {
  const missing = missingOutputs([OUTPUTS.e2eBuild, OUTPUTS.studentBuild, OUTPUTS.singleFiles, OUTPUTS.export])
  if (missing.length > 0)
    throw new Error(`The artifact tests read the builds and the export:\n  ${missing.join('\n  ')}`)
}
