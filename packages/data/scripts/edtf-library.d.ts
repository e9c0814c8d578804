// The `edtf` package ships no types; this is the part of its API the lint uses.
declare module 'edtf' {
  export function parse(input: string, constraints?: { level?: number; types?: string[] }): { type: string; level: number };
}
