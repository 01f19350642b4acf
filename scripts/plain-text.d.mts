export declare function plainText(markdown: string): string
