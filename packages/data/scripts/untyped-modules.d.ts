// Packages used at build and test time that ship no types: the parts of their APIs used here.

declare module 'edtf' {
  export function parse(
    input: string,
    constraints?: { level?: number; types?: string[] },
  ): { type: string; level: number };
}

declare module 'jsonld' {
  interface Options {
    base?: string;
    documentLoader?: (url: string) => Promise<unknown>;
  }
  const jsonld: { expand(input: object, options?: Options): Promise<object[]> };
  export default jsonld;
}
