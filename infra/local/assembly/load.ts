import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { indexAssetManifest, mergeIndexes } from './assets';
import { localEnvironment, type LocalEnvironmentOptions } from './environment';
import type { Json } from './json';
import { readJsonFile, readStackArtifacts } from './manifest';
import { createLocalCloudAssembly, type LocalCloudAssembly, type LocalStack } from './model';
import { AssemblyLoadError, ProblemList, type ProblemSink } from './problems';
import { resolveStack, type StackSource } from './resolve-stack';

export interface LoadOptions extends LocalEnvironmentOptions {
  /** Parameter values by name, for every stack that declares the parameter; others take their Default. */
  readonly parameters?: Readonly<Record<string, string>>;
}

/**
 * Loads a synthesized cloud assembly (`cdk.out`) for the local cloud: manifest → stack templates → assets, every
 * intrinsic resolved into the local account (`000000000000`, `us-east-1` unless overridden). Fails with an
 * AssemblyLoadError listing every problem when anything cannot run locally.
 */
export async function loadCloudAssembly(directory: string, options: LoadOptions = {}): Promise<LocalCloudAssembly> {
  const root = path.resolve(directory);
  const env = localEnvironment(options);
  const problems = new ProblemList();
  const artifacts = await readStackArtifacts(root);
  if (artifacts.length === 0) {
    throw new AssemblyLoadError(root, [
      { code: 'INVALID_ASSEMBLY', stack: '-', location: 'manifest.json', message: 'the assembly has no stacks' },
    ]);
  }
  const stacks: LocalStack[] = [];
  for (const artifact of artifacts) {
    const report: ProblemSink = (problem) => {
      problems.add({ stack: artifact.stackName, ...problem });
    };
    const manifests = await Promise.all(artifact.assetManifests.map((file) => readJsonFile(file, root)));
    const stack = resolveStack(
      {
        stackName: artifact.stackName,
        template: await readJsonFile(artifact.templateFile, root),
        assemblyDirectory: artifact.directory,
        assets: mergeIndexes(manifests.map((manifest) => indexAssetManifest(manifest, artifact.directory))),
        ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
      },
      env,
      report,
    );
    await checkAssetDirectories(stack, report);
    stacks.push(stack);
  }
  if (problems.all.length > 0) throw new AssemblyLoadError(root, problems.all);
  return createLocalCloudAssembly(root, stacks);
}

export interface ResolveTemplateOptions extends LocalEnvironmentOptions, Partial<Omit<StackSource, 'template'>> {}

/**
 * Resolves one template without a cloud assembly around it (stack name `Local` unless given). Same rules and errors
 * as `loadCloudAssembly`, minus the asset-directory check.
 */
export function resolveTemplate(template: Json, options: ResolveTemplateOptions = {}): LocalStack {
  const stackName = options.stackName ?? 'Local';
  const problems = new ProblemList();
  const stack = resolveStack({ ...options, stackName, template }, localEnvironment(options), (problem) => {
    problems.add({ stack: stackName, ...problem });
  });
  if (problems.all.length > 0) throw new AssemblyLoadError(`template of ${stackName}`, problems.all);
  return stack;
}

/** An asset path that is not a directory (deleted `cdk.out`, a stale template) fails now rather than at first invoke. */
async function checkAssetDirectories(stack: LocalStack, report: ProblemSink): Promise<void> {
  for (const resource of stack.resources.values()) {
    if (resource.assetPath === undefined) continue;
    const isDirectory = await stat(resource.assetPath).then(
      (stats) => stats.isDirectory(),
      () => false,
    );
    if (isDirectory) continue;
    report({
      code: 'MISSING_ASSET',
      location: resource.logicalId,
      logicalId: resource.logicalId,
      resourceType: resource.type,
      message: `asset directory ${resource.assetPath} does not exist`,
      hint: 'synthesize again (`npx cdk synth`); the cloud assembly is incomplete or stale',
    });
  }
}
