// Validates cartridge XML against the IMS Common Cartridge 1.1 schemas copied into tests/schemas/cc11/
// (see the README there), with libxml2 compiled to WebAssembly (xmllint-wasm): offline, no apt package.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateXML } from 'xmllint-wasm'
import { ROOT } from '../../tools/shared/paths.ts'

const DIR = join(ROOT, 'tests', 'schemas', 'cc11')
const SCHEMAS = Object.fromEntries(readdirSync(DIR).filter(name => name.endsWith('.xsd')).map(name => [name, readFileSync(join(DIR, name), 'utf8')]))

/** Which schema checks which file: the manifest, or an assessment / question bank (CC QTI profile). */
export const CC11_SCHEMA = { manifest: 'ccv1p1_imscp_v1p2_v1p0.xsd', qti: 'ccv1p1_qtiasiv1p2p1_v1p0.xsd' } as const

/** The schema's complaints about `xml` (empty when it validates), each with its line. */
export async function cc11Problems(xml: string, schema: keyof typeof CC11_SCHEMA, fileName = 'file.xml'): Promise<string[]> {
  const main = CC11_SCHEMA[schema]
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: { fileName: main, contents: SCHEMAS[main]! },
    preload: Object.entries(SCHEMAS).filter(([name]) => name !== main).map(([name, contents]) => ({ fileName: name, contents })),
  })
  return result.errors.map(error => error.rawMessage)
}
