import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { isJsonArray, isJsonObject, parseJson, type Json, type JsonObject } from './json';
import { AssemblyLoadError } from './problems';

/** A CloudFormation stack of the cloud assembly, as `manifest.json` describes it. */
export interface StackArtifact {
  readonly artifactId: string;
  readonly stackName: string;
  /** The (possibly nested) assembly directory the stack's files are relative to. */
  readonly directory: string;
  readonly templateFile: string;
  /** The stack's asset manifests (`<stack>.assets.json`), absolute. */
  readonly assetManifests: readonly string[];
}

/** Every `aws:cloudformation:stack` artifact, including those of nested assemblies (CDK stages). */
export async function readStackArtifacts(directory: string): Promise<StackArtifact[]> {
  const manifest = await readJsonFile(path.join(directory, 'manifest.json'), directory);
  const artifacts = isJsonObject(manifest) && isJsonObject(manifest.artifacts) ? manifest.artifacts : {};
  const stacks: StackArtifact[] = [];
  for (const [artifactId, artifact] of Object.entries(artifacts)) {
    if (!isJsonObject(artifact)) continue;
    const properties = isJsonObject(artifact.properties) ? artifact.properties : {};
    if (artifact.type === 'cdk:cloud-assembly' && typeof properties.directoryName === 'string') {
      stacks.push(...(await readStackArtifacts(path.join(directory, properties.directoryName))));
    }
    if (artifact.type !== 'aws:cloudformation:stack' || typeof properties.templateFile !== 'string') continue;
    stacks.push({
      artifactId,
      stackName: typeof properties.stackName === 'string' ? properties.stackName : artifactId,
      directory,
      templateFile: path.join(directory, properties.templateFile),
      assetManifests: assetManifestsOf(artifact, artifacts, directory),
    });
  }
  return stacks;
}

function assetManifestsOf(stack: JsonObject, artifacts: JsonObject, directory: string): string[] {
  const dependencies = isJsonArray(stack.dependencies) ? stack.dependencies : [];
  return dependencies.flatMap((dependency) => {
    const artifact = typeof dependency === 'string' ? artifacts[dependency] : undefined;
    if (!isJsonObject(artifact) || artifact.type !== 'cdk:asset-manifest') return [];
    const file = isJsonObject(artifact.properties) ? artifact.properties.file : undefined;
    return typeof file === 'string' ? [path.join(directory, file)] : [];
  });
}

/** Reads a JSON file of the assembly; a missing or unreadable file means the assembly is not usable at all. */
export async function readJsonFile(file: string, assemblyDirectory: string): Promise<Json> {
  try {
    return parseJson(await readFile(file, 'utf8'));
  } catch (error) {
    throw new AssemblyLoadError(assemblyDirectory, [
      {
        code: 'INVALID_ASSEMBLY',
        stack: '-',
        location: path.relative(assemblyDirectory, file) || file,
        message: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'synthesize the app first (`npx cdk synth`, or `npm start` which does it)',
      },
    ]);
  }
}
