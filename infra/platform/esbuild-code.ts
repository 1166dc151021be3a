import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';
import * as path from 'node:path';

export interface EsbuildCodeOptions {
  /** The handler module (TypeScript); the bundle is `index.js`, so the handler string is `index.<export>`. */
  readonly entry: string;
  /** esbuild target, e.g. `node20`. */
  readonly target: string;
  /** Left out of the bundle: the Lambda runtime provides them (`@aws-sdk/*`). */
  readonly external: readonly string[];
}

/**
 * Lambda code bundled by esbuild's JavaScript API, inside the synth process. NodejsFunction does the same bundling but
 * shells out to `npx --no-install esbuild` once per function, and npm's own start-up (~450 ms) dominated every synth —
 * `npm start` and integration runs synthesize each time. Same esbuild, same options, output-hashed like
 * NodejsFunction; the Docker image is only the CDK's required fallback and never used (local bundling always answers).
 */
export function esbuildCode(options: EsbuildCodeOptions): Code {
  return Code.fromAsset(path.dirname(options.entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      // The CDK caches bundles by source directory and bundling options, which functions are not part of: without the
      // entry among the options, every handler of a folder would get the first one's bundle.
      environment: { ESBUILD_ENTRY: path.relative(path.dirname(options.entry), options.entry) },
      local: {
        tryBundle(outputDir) {
          buildSync({
            entryPoints: [options.entry],
            outfile: path.join(outputDir, 'index.js'),
            bundle: true,
            platform: 'node',
            format: 'cjs',
            target: options.target,
            minify: true,
            sourcemap: 'external',
            external: [...options.external],
            logLevel: 'error',
          });
          return true;
        },
      },
    },
  });
}
