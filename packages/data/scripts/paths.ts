import { fileURLToPath } from 'node:url';

/** Absolute paths inside the package, so scripts and tests work from any working directory. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The glossaries of the translations, one per language: `glossary/<lang>.json`. */
export const GLOSSARY_DIR = fileURLToPath(new URL('../glossary/', import.meta.url));
export const RECORDS_DIR = fileURLToPath(new URL('../records/', import.meta.url));
export const SOURCE_FILE = fileURLToPath(
  new URL('../source/iranwire-2022-12-09-khamenei-rapprochement.txt', import.meta.url),
);
export const GENERATED_DIR = fileURLToPath(new URL('../src/generated/', import.meta.url));
export const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));
