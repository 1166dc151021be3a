import { FunctionRegistry } from '../../function-registry';
import { fixtureFunction } from '../support/fixtures';

describe('FunctionRegistry.find', () => {
  const registry = new FunctionRegistry([fixtureFunction('checkout', 'echo')], {
    region: 'us-east-1',
    account: '000000000000',
  });

  it.each([
    ['a name', 'checkout', undefined],
    ['a name with $LATEST', 'checkout:$LATEST', undefined],
    ['a full ARN', 'arn:aws:lambda:us-east-1:000000000000:function:checkout', undefined],
    ['a qualified ARN', 'arn:aws:lambda:us-east-1:000000000000:function:checkout:$LATEST', undefined],
    ['a partial ARN', '000000000000:function:checkout', undefined],
    ['a Qualifier parameter of $LATEST', 'checkout', '$LATEST'],
  ])('finds the function by %s', (_form, functionName, qualifier) => {
    // Act
    const lookup = registry.find(functionName, qualifier);
    // Assess
    expect(lookup).toMatchObject({ found: true, spec: { name: 'checkout' } });
  });

  it.each([
    ['an unknown name', 'payment', undefined, 'arn:aws:lambda:us-east-1:000000000000:function:payment'],
    [
      'another region',
      'arn:aws:lambda:eu-west-1:000000000000:function:checkout',
      undefined,
      'arn:aws:lambda:eu-west-1:000000000000:function:checkout',
    ],
    [
      'another account',
      '111111111111:function:checkout',
      undefined,
      'arn:aws:lambda:us-east-1:111111111111:function:checkout',
    ],
    ['an unpublished version', 'checkout:3', undefined, 'arn:aws:lambda:us-east-1:000000000000:function:checkout:3'],
    [
      'an alias in the Qualifier parameter',
      'checkout',
      'live',
      'arn:aws:lambda:us-east-1:000000000000:function:checkout:live',
    ],
  ])('does not find %s, and names the ARN it looked for', (_case, functionName, qualifier, arn) => {
    // Act
    const lookup = registry.find(functionName, qualifier);
    // Assess
    expect(lookup).toEqual({ found: false, arn });
  });
});
