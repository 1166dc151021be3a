import { BUNDLE_LIMIT_BYTES, measureBundles } from '../bundle-sizes';

/** `npm run bundle-sizes`: prints each Lambda bundle's minified size and fails if one is over the limit. */
const sizes = measureBundles();
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const width = Math.max(...sizes.map((s) => s.functionPath.length));
const lines = sizes.map((s) => {
  const verdict = s.bytes <= BUNDLE_LIMIT_BYTES ? 'ok' : 'OVER LIMIT';
  return `${s.functionPath.padEnd(width)}  ${kb(s.bytes).padStart(9)}  ${verdict}`;
});
process.stdout.write(`${lines.join('\n')}\nlimit ${kb(BUNDLE_LIMIT_BYTES)} per bundle (minified, AWS SDK v3 external)\n`);
if (sizes.some((s) => s.bytes > BUNDLE_LIMIT_BYTES)) process.exitCode = 1;
