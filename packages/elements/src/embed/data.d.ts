/**
 * The built-in story's records of one kind (`iw-data:people`, `iw-data:events`, `iw-data:quotes`):
 * importing one adds them to the dataset. Made at build by `scripts/display-data-plugin.mjs`.
 */
declare module 'iw-data:*';
