/**
 * Lets plain `tsc` type-check tests that import `.astro` components (for Astro's container API);
 * `astro check` resolves the components' own types.
 */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
