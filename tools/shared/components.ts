// The one reader of component tags on a slide (`<Cite id="SGP-03" />`, `<DebateBoard :step="$clicks" />`):
// the deck model (tools/shared/deck.ts) reads every slide's components once, with their props and lines,
// and the rules, the tests and the search index use that.

/** A prop as written: `id="SGP-03"` (static) or `:step="$clicks"` (bound, a JavaScript expression). */
interface PropValue {
  /** The text between the quotes */
  raw: string
  bound: boolean
  /** The value when it is known at build time: a static string, or a bound literal (number, string, array of strings) */
  value: unknown
}

/** One use of a component on a slide. */
export interface ComponentUse {
  name: string
  /** The tag as written, e.g. `<Cite id="XXX-99" />` */
  tag: string
  props: Map<string, PropValue>
  /** 1-based line in the slide's file */
  line: number
}

/** Marks a bound prop whose value is only known in the browser (e.g. `$clicks`). */
export const RUNTIME = Symbol('known at run time')

/** The value of a bound prop when it is a literal: a number, a quoted string, or an array of those. */
export function literal(expression: string): unknown {
  const text = expression.trim()
  if (/^-?\d+(?:\.\d+)?$/.test(text))
    return Number(text)
  if (/^'[^']*'$/.test(text) || /^"[^"]*"$/.test(text))
    return text.slice(1, -1)
  if (/^\[[\s\w'",.-]*\]$/.test(text)) {
    try {
      return JSON.parse(text.replace(/'/g, '"'))
    }
    catch {
      return RUNTIME
    }
  }
  return RUNTIME
}

const PROP = /([:@]?[\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g
/** A component tag: a capitalised name, then attributes (quoted values may hold `>`). */
const COMPONENT_TAG = /<([A-Z][\w-]*)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g

function parseProps(attributes: string): Map<string, PropValue> {
  const props = new Map<string, PropValue>()
  for (const [, name, doubleQuoted, singleQuoted] of attributes.matchAll(PROP)) {
    const raw = doubleQuoted ?? singleQuoted ?? ''
    if (name!.startsWith(':'))
      props.set(name!.slice(1), { raw, bound: true, value: literal(raw) })
    else if (!name!.startsWith('@'))
      props.set(name!, { raw, bound: false, value: raw })
  }
  return props
}

/** Blanks out HTML comments (speaker notes) and fenced code, keeping line breaks so lines still count. */
function maskNonMarkup(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ')
  return body.replace(/<!--[\s\S]*?-->/g, blank).replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, blank)
}

/** Every component used in a slide's Markdown (not in its notes or code), `firstLine` being the file line of `body`'s first line. */
export function readComponents(body: string, firstLine: number): ComponentUse[] {
  const markup = maskNonMarkup(body)
  return [...markup.matchAll(COMPONENT_TAG)].map(match => ({
    name: match[1]!,
    tag: match[0].replace(/\s+/g, ' '),
    props: parseProps(match[2]!.replace(/\/$/, '')),
    line: firstLine + (markup.slice(0, match.index).match(/\n/g)?.length ?? 0),
  }))
}

/** The static or literal values of one prop of one component on a slide, e.g. every `<Cite id>`. */
export function propValues(components: readonly ComponentUse[], name: string, prop: string): unknown[] {
  return components.filter(use => use.name === name).flatMap((use) => {
    const value = use.props.get(prop)?.value
    return value === undefined || value === RUNTIME ? [] : [value]
  })
}
