// Fonts ship with the deck (offline lecture halls): Inter, latin subset, regular and italic only.
// Bold is synthesized by the browser: the 700 file (24 KiB) kept slide 1 over its byte budget
// (npm run bench).
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-400-italic.css'
import './tokens.css'
import './deck.css'
