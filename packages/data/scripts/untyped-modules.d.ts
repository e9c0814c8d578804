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
  interface Term {
    termType: string;
    value: string;
  }
  const jsonld: {
    expand(input: object, options?: Options): Promise<object[]>;
    /** Without a `format`, the dataset as RDF/JS-style quads. */
    toRDF(
      input: object,
      options?: Options,
    ): Promise<{ subject: Term; predicate: Term; object: Term; graph: Term }[]>;
  };
  export default jsonld;
}
