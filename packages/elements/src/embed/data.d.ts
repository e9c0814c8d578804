/**
 * The built-in story's records of one kind (`iw-data:people`, `iw-data:events`, `iw-data:quotes`):
 * importing one adds them to the dataset. Made at build by `scripts/display-data-plugin.mjs`.
 */
declare module 'iw-data:*' {
  /**
   * In a translation module (`iw-data:events.fa`): adds the translations to the records of its
   * kind, which must be in the dataset already.
   */
  const add: () => void;
  export default add;
}
