import { BUNDLE_LIMIT_BYTES, measureBundles } from '../../bundle-sizes';

describe('Lambda bundles', () => {
  it('are each at most 250 KB minified', () => {
    // Act
    const sizes = measureBundles();
    // Assess
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => s.bytes > BUNDLE_LIMIT_BYTES)).toEqual([]);
  });
});
