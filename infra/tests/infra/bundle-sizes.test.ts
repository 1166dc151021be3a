import { BUNDLE_LIMIT_BYTES, measureBundles } from '../../bundle-sizes';

describe('Lambda bundles', () => {
  const bundles = measureBundles();

  it('are each at most 250 KB minified', () => {
    // Assess
    expect(bundles.length).toBeGreaterThan(0);
    expect(bundles.filter((s) => s.bytes > BUNDLE_LIMIT_BYTES)).toEqual([]);
  });

  it("each hold exactly their own function's handler module", () => {
    // Assess: one handler per bundle, and no two functions share one (the CDK's bundle cache must not merge them)
    const handlers = bundles.map((bundle) => bundle.handlerSources);
    expect(handlers.every((sources) => sources.length === 1)).toBe(true);
    expect(new Set(handlers.flat()).size).toBe(bundles.length);
  });
});
