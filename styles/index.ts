// Fonts ship with the deck (offline lecture halls): Inter, latin subset, only the weights used.
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-400-italic.css'
import '@fontsource/inter/latin-700.css'
import './tokens.css'
import './deck.css'
