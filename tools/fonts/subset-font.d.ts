// subset-font ships no types, and @types/subset-font 2.3.0 lacks `keepFeatures`: the options used here.
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2'
    /** OpenType features to keep (`hb-subset --layout-features`); every other feature is dropped. */
    keepFeatures?: string[]
  }
  function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>
  export = subsetFont
}
