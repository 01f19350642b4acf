import { loadDeck } from './shared/deck'
const want = process.argv.slice(2).map(Number)
const deck = await loadDeck('/work/wt/density')
for (const s of deck.slides) if (want.includes(s.no)) console.log(`=== ${s.no} ${s.file}:${s.line}\n${s.content.trim()}\n`)
