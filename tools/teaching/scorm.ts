// The student deck as a SCORM 1.2 package (a .zip any SCORM 1.2 LMS imports: Moodle's SCORM
// activity, Canvas through a SCORM app, Blackboard, D2L). The package's launch page (index.html
// with scorm/launch.js) talks to the LMS and shows the unchanged student deck in a same-origin
// frame: it resumes at cmi.core.lesson_location and reports cmi.core.lesson_status "completed"
// once the last slide has been shown. Checked against scorm-again in tests/e2e/scorm.spec.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { create } from 'xmlbuilder2'
import { ROOT } from '../shared/paths.ts'

const LAUNCH_SCRIPT = readFileSync(join(ROOT, 'tools', 'teaching', 'scorm', 'launch.js'), 'utf8')
const SCORM_DECK_FILE = 'deck.html'

export interface ScormInputs {
  title: string
  /** The student single HTML file (no speaker notes). */
  deck: Uint8Array
  /** The deck's last slide number: showing it completes the lesson. */
  lastSlide: number
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function launchPage(title: string, lastSlide: number): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>html, body, main, iframe { margin: 0; border: 0; width: 100%; height: 100%; display: block; }</style>
</head>
<body>
<main>
<iframe id="deck" title="${escapeHtml(title)}: slides" data-deck="${SCORM_DECK_FILE}" data-last-slide="${lastSlide}" allow="fullscreen"></iframe>
</main>
<script src="launch.js"></script>
</body>
</html>
`
}

function manifest(title: string): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'manifest', {
    'identifier': 'trump-kim-scorm',
    'version': '1.0',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  })
  root.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('1.2')
  root.ele('organizations', { default: 'lecture' }).ele('organization', { identifier: 'lecture' }).ele('title').txt(title).up().ele('item', { identifier: 'item-deck', identifierref: 'sco-deck' }).ele('title').txt(title)
  const resource = root.ele('resources').ele('resource', { 'identifier': 'sco-deck', 'type': 'webcontent', 'adlcp:scormtype': 'sco', 'href': 'index.html' })
  for (const file of ['index.html', 'launch.js', SCORM_DECK_FILE])
    resource.ele('file', { href: file })
  return root.end({ prettyPrint: true })
}

/** Every file of the package (path → bytes). */
export function scormFiles(inputs: ScormInputs): Record<string, Uint8Array> {
  return {
    'imsmanifest.xml': strToU8(manifest(inputs.title)),
    'index.html': strToU8(launchPage(inputs.title, inputs.lastSlide)),
    'launch.js': strToU8(LAUNCH_SCRIPT),
    [SCORM_DECK_FILE]: inputs.deck,
  }
}

/** The package as a .zip, with fixed dates so the same inputs give the same bytes. */
export function toScormPackage(inputs: ScormInputs): Uint8Array {
  const mtime = new Date('2026-01-01T00:00:00Z')
  return zipSync(Object.fromEntries(Object.entries(scormFiles(inputs)).map(([name, bytes]) => [name, [bytes, { mtime }]])))
}
