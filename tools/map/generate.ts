// `npm run map`: writes lib/map-shapes.ts, the map outlines PlaceMap.vue draws.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { shapesModule } from './shapes'

const target = fileURLToPath(new URL('../../lib/map-shapes.ts', import.meta.url))
const text = shapesModule()
writeFileSync(target, text)
console.log(`wrote lib/map-shapes.ts (${(text.length / 1024).toFixed(1)} KiB)`)
