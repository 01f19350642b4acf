// Fonts ship with the deck (offline lecture halls): Inter, latin subset, only the weights used.
// The bold file must stay: without it Chromium synthesizes bold, which prints as Type 3 fonts.
import './fonts.css'
import './tokens.css'
import './deck.css'
