import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AssemblyLoadError, loadCloudAssembly, type Json } from '../..';

/** Writes a minimal cloud assembly the way `cdk synth` lays it out. */
function writeAssembly(directory: string, files: Record<string, Json>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), JSON.stringify(content));
  }
}

function manifest(stacks: Record<string, Json>): Json {
  return { version: '55.0.0', artifacts: stacks };
}

function stackArtifact(templateFile: string, assetManifest?: string): Json {
  return {
    type: 'aws:cloudformation:stack',
    environment: 'aws://unknown-account/unknown-region',
    properties: { templateFile },
    dependencies: assetManifest === undefined ? [] : [assetManifest],
  };
}

const lambda = (s3Key: string, metadata: Json = {}): Json => ({
  Type: 'AWS::Lambda::Function',
  Properties: {
    Handler: 'index.handler',
    Runtime: 'nodejs22.x',
    Code: { S3Bucket: { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' }, S3Key: s3Key },
  },
  Metadata: metadata,
});

describe('loadCloudAssembly', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'assembly-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it("finds a function's code from its aws:asset:path metadata, as the CDK CLI writes it", async () => {
    // Prepare
    mkdirSync(path.join(directory, 'asset.abc'));
    writeAssembly(directory, {
      'manifest.json': manifest({ Shop: stackArtifact('Shop.template.json') }),
      'Shop.template.json': { Resources: { Fn: lambda('abc.zip', { 'aws:asset:path': 'asset.abc', 'aws:asset:property': 'Code' }) } },
    });
    // Act
    const assembly = await loadCloudAssembly(directory);
    // Assess
    expect(assembly.stack('Shop').resource('Fn').assetPath).toBe(path.join(directory, 'asset.abc'));
  });

  it("finds a function's code through the stack's asset manifest when the metadata is absent", async () => {
    // Prepare
    const source = mkdtempSync(path.join(tmpdir(), 'asset-source-'));
    writeAssembly(directory, {
      'manifest.json': manifest({
        Shop: stackArtifact('Shop.template.json', 'Shop.assets'),
        'Shop.assets': { type: 'cdk:asset-manifest', properties: { file: 'Shop.assets.json' } },
      }),
      'Shop.assets.json': {
        version: '55.0.0',
        files: { abc: { source: { path: source, packaging: 'zip' }, destinations: { d: { bucketName: 'b', objectKey: 'abc.zip' } } } },
      },
      'Shop.template.json': { Resources: { Fn: lambda('abc.zip') } },
    });
    // Act
    const assembly = await loadCloudAssembly(directory);
    // Assess
    expect(assembly.stack('Shop').resource('Fn').assetPath).toBe(source);
    rmSync(source, { recursive: true, force: true });
  });

  it('loads the stacks of nested assemblies (CDK stages) too', async () => {
    // Prepare
    writeAssembly(directory, {
      'manifest.json': manifest({ Prod: { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Prod' } } }),
      'assembly-Prod/manifest.json': manifest({
        'ProdShop': { ...(stackArtifact('Shop.template.json') as object), properties: { templateFile: 'Shop.template.json', stackName: 'Prod-Shop' } },
      }),
      'assembly-Prod/Shop.template.json': { Resources: {}, Outputs: { Where: { Value: { Ref: 'AWS::StackName' } } } },
    });
    // Act
    const assembly = await loadCloudAssembly(directory);
    // Assess
    expect(assembly.stacks.map((stack) => [stack.name, stack.outputs.Where])).toEqual([['Prod-Shop', 'Prod-Shop']]);
  });

  it('fails naming the function when its asset is missing or its directory is gone', async () => {
    // Prepare
    writeAssembly(directory, {
      'manifest.json': manifest({ Shop: stackArtifact('Shop.template.json') }),
      'Shop.template.json': {
        Resources: { Unknown: lambda('nope.zip'), Gone: lambda('x.zip', { 'aws:asset:path': 'asset.deleted' }) },
      },
    });
    // Act
    const error = await loadCloudAssembly(directory).catch((caught: unknown) => caught);
    // Assess
    expect(error).toBeInstanceOf(AssemblyLoadError);
    expect((error as AssemblyLoadError).problems).toEqual([
      expect.objectContaining({ code: 'MISSING_ASSET', logicalId: 'Unknown', property: 'Code' }),
      expect.objectContaining({ code: 'MISSING_ASSET', logicalId: 'Gone' }),
    ]);
  });

  it('tells to synthesize first when there is no manifest', async () => {
    // Act
    const load = loadCloudAssembly(path.join(directory, 'cdk.out'));
    // Assess
    await expect(load).rejects.toThrow(/npx cdk synth/);
  });
});
