// One rule for turning a slide heading or note (Markdown with inline HTML) into the plain text a
// reader hears or a PDF contains; shared by the announcer, the exporter and the tests.

export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
