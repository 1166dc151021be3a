import { LATEST_VERSION, type LocalFunctionSpec } from './function-spec';

/** `arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]` */
const FULL_ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
/** `<account>:function:<name>[:<qualifier>]` */
const PARTIAL_ARN = /^(\d{12}):function:([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
/** `<name>[:<qualifier>]` */
const NAME = /^([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;

interface FunctionReference {
  readonly name: string;
  readonly region?: string;
  readonly account?: string;
  readonly qualifier?: string;
}

export type Lookup =
  | { readonly found: true; readonly spec: LocalFunctionSpec }
  /** `arn` is what AWS names in its ResourceNotFoundException message. */
  | { readonly found: false; readonly arn: string };

/** The functions of the local cloud, found the ways the Invoke API accepts: name, ARN or partial ARN, optionally qualified. */
export class FunctionRegistry {
  private readonly byName = new Map<string, LocalFunctionSpec>();

  constructor(
    specs: readonly LocalFunctionSpec[],
    private readonly defaults: { readonly region: string; readonly account: string },
  ) {
    for (const spec of specs) this.byName.set(spec.name, spec);
  }

  get all(): readonly LocalFunctionSpec[] {
    return [...this.byName.values()];
  }

  /** `qualifier` is the `Qualifier` query parameter; only `$LATEST` exists locally (nothing is published). */
  find(functionName: string, qualifier?: string): Lookup {
    const reference = parseReference(functionName);
    const wanted = qualifier ?? reference?.qualifier;
    const region = reference?.region ?? this.defaults.region;
    const account = reference?.account ?? this.defaults.account;
    const name = reference?.name ?? functionName;
    const arn = `arn:aws:lambda:${region}:${account}:function:${name}${wanted === undefined ? '' : `:${wanted}`}`;
    const spec = this.byName.get(name);
    if (!reference || !spec || (wanted !== undefined && wanted !== LATEST_VERSION)) return { found: false, arn };
    if (!sameAccountAndRegion(spec, reference)) return { found: false, arn };
    return { found: true, spec };
  }
}

function parseReference(functionName: string): FunctionReference | undefined {
  const full = FULL_ARN.exec(functionName);
  if (full) return { region: full[1], account: full[2], name: full[3] ?? '', qualifier: full[4] };
  const partial = PARTIAL_ARN.exec(functionName);
  if (partial) return { account: partial[1], name: partial[2] ?? '', qualifier: partial[3] };
  const plain = NAME.exec(functionName);
  if (plain) return { name: plain[1] ?? '', qualifier: plain[2] };
  return undefined;
}

function sameAccountAndRegion(spec: LocalFunctionSpec, reference: FunctionReference): boolean {
  const [, , , region, account] = spec.arn.split(':');
  return (
    (reference.region === undefined || reference.region === region) &&
    (reference.account === undefined || reference.account === account)
  );
}
