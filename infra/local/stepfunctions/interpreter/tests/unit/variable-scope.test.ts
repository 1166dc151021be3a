import type { Json } from '../../../../assembly/json';
import { VariableScope } from '../../variables/variable-scope';

describe('variable scopes', () => {
  it('lets an inner scope read outer variables, with its own names over outer ones', () => {
    // Prepare
    const outer = new VariableScope({ a: 1, b: 2 });
    const inner = new VariableScope({ b: 20 }, outer);
    // Act
    const visible = inner.visible();
    // Assess
    expect(visible).toEqual({ a: 1, b: 20 });
  });

  it('stores assignments in its own record only', () => {
    // Prepare
    const outerOwn: Record<string, Json> = { a: 1 };
    const innerOwn: Record<string, Json> = {};
    const inner = new VariableScope(innerOwn, new VariableScope(outerOwn));
    // Act
    inner.assign({ c: 3 });
    // Assess
    expect([outerOwn, innerOwn]).toEqual([{ a: 1 }, { c: 3 }]);
  });

  it.each<[string, Record<string, Json>, RegExp]>([
    ['a single variable over 256 KiB', { big: 'x'.repeat(256 * 1024) }, /The variable 'big'/],
    ['one Assign over 256 KiB in total', { a: 'x'.repeat(140 * 1024), b: 'y'.repeat(140 * 1024) }, /combined size/],
  ])('rejects %s with States.DataLimitExceeded', (_name, values, message) => {
    // Prepare
    const scope = new VariableScope({});
    // Act
    const act = () => {
      scope.assign(values);
    };
    // Assess
    expect(act).toThrow(/States.DataLimitExceeded/);
    expect(act).toThrow(message);
  });

  it('rejects an execution whose variables would exceed 10 MiB', () => {
    // Prepare
    const own: Record<string, Json> = {};
    for (let index = 0; index < 40; index += 1) own[`v${index}`] = 'x'.repeat(255 * 1024);
    const scope = new VariableScope(own);
    // Act
    const act = () => {
      scope.assign({ one: 'y'.repeat(255 * 1024) });
    };
    // Assess
    expect(act).toThrow(/10485760 bytes/);
  });
});
