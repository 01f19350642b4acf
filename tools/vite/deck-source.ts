/** Whether an edit to `file` can change the deck: a data module, slides.md or a chapter in pages/. */
export function isDeckSource(file: string): boolean {
  return /(?:[\\/]data[\\/][^\\/]+\.ts|[\\/]slides\.md|[\\/]pages[\\/].+\.md)$/.test(file)
}
