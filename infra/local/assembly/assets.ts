import * as path from 'node:path';
import { isJsonObject, type Json } from './json';
import type { TemplateResource } from './template';

/**
 * Where a resource's asset (a Lambda bundle) lives in the cloud assembly. The CDK CLI writes the path into the
 * resource's Metadata (`aws:asset:path`); an in-process synth does not, so the stack's asset manifest
 * (`<stack>.assets.json`) maps the S3 object key the template uses (`<hash>.zip`) back to the asset's source path.
 */
export interface FileAsset {
  readonly hash: string;
  /** Absolute path of the asset's source (a directory for `zip` packaging). */
  readonly path: string;
  readonly packaging: string;
}

export interface AssetIndex {
  readonly byObjectKey: ReadonlyMap<string, FileAsset>;
}

export const emptyAssetIndex: AssetIndex = { byObjectKey: new Map() };

/** Reads the `files` section of an asset manifest; paths are relative to the assembly directory. */
export function indexAssetManifest(manifest: Json, assemblyDirectory: string): AssetIndex {
  const files = isJsonObject(manifest) && isJsonObject(manifest.files) ? manifest.files : {};
  const byObjectKey = new Map<string, FileAsset>();
  for (const [hash, entry] of Object.entries(files)) {
    const source = isJsonObject(entry) && isJsonObject(entry.source) ? entry.source : {};
    if (typeof source.path !== 'string') continue;
    const asset = {
      hash,
      path: path.resolve(assemblyDirectory, source.path),
      packaging: typeof source.packaging === 'string' ? source.packaging : 'file',
    };
    byObjectKey.set(hash, asset);
    const destinations = isJsonObject(entry) && isJsonObject(entry.destinations) ? entry.destinations : {};
    for (const destination of Object.values(destinations)) {
      if (isJsonObject(destination) && typeof destination.objectKey === 'string') {
        byObjectKey.set(destination.objectKey, asset);
      }
    }
  }
  return { byObjectKey };
}

export function mergeIndexes(indexes: readonly AssetIndex[]): AssetIndex {
  return { byObjectKey: new Map(indexes.flatMap((index) => [...index.byObjectKey])) };
}

export type AssetLookup =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly message: string; readonly hint: string };

/**
 * The asset directory of `resource`'s `property` (e.g. Lambda's `Code`), from its metadata or the asset index;
 * undefined when the property does not point at an asset at all (the type's own validation reports that).
 */
export function locateAsset(
  resource: TemplateResource,
  property: string,
  propertyValue: Json | undefined,
  assets: AssetIndex,
  assemblyDirectory: string,
): AssetLookup | undefined {
  const { metadata } = resource;
  const metadataProperty = metadata['aws:asset:property'];
  if (typeof metadata['aws:asset:path'] === 'string' && (metadataProperty === undefined || metadataProperty === property)) {
    return { found: true, path: path.resolve(assemblyDirectory, metadata['aws:asset:path']) };
  }
  const objectKey = isJsonObject(propertyValue) ? propertyValue.S3Key : undefined;
  if (typeof objectKey !== 'string') return undefined;
  const asset = assets.byObjectKey.get(objectKey);
  if (asset === undefined) {
    return {
      found: false,
      message: `no asset of the cloud assembly matches S3Key ${objectKey}`,
      hint: 'code must come from an asset of this app (lambda.Code.fromAsset/NodejsFunction); re-run `npx cdk synth`',
    };
  }
  if (asset.packaging !== 'zip') {
    return {
      found: false,
      message: `asset ${asset.hash} is a prebuilt file (${asset.path}); only directory assets run locally`,
      hint: 'use lambda.Code.fromAsset(<directory>) or NodejsFunction',
    };
  }
  return { found: true, path: asset.path };
}
