// The host-page resizer is pasted into page templates everywhere: it is minified and held under 1 KB.
import { transform } from 'esbuild';

export const RESIZER_BUDGET_BYTES = 1024;

/** Minifies the resizer's source; throws, naming both sizes, when the result is over budget. */
export async function minifyResizer(source, budget = RESIZER_BUDGET_BYTES) {
  const { code } = await transform(source, { minify: true, target: 'es2020' });
  const bytes = Buffer.byteLength(code);
  if (bytes > budget)
    throw new Error(`resizer.js is ${bytes} B minified, over its ${budget} B budget.`);
  return code;
}
