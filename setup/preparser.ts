// The 50-minute class: with CLASS_MINUTES=50 in the environment, every slide marked `optional: true`
// is hidden (Slidev leaves hidden slides out of dev, build and export). `npm run dev:50`,
// `npm run build:50` and `npm run export:50` set it (tools/teaching/short-class.ts).
import { definePreparserSetup } from '@slidev/types'
import { isOptional } from '../tools/rules/timing.ts'
import { shortClassRequested } from '../tools/shared/flags.ts'

export default definePreparserSetup(() => [{
  name: 'deck:short-class',
  async transformSlide(_content, frontmatter) {
    if (shortClassRequested() && isOptional({ frontmatter: frontmatter ?? {} }))
      frontmatter.hide = true
    return undefined
  },
}])
