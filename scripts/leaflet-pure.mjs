/**
 * A Vite plugin for the build: marks each class definition in Leaflet's ES module build
 * (`var Marker = Layer.extend({…})`) as pure, so that the bundle leaves out the classes the map
 * never uses (image and video overlays, circles, rectangles and others). Leaflet 1.9.4 marks none,
 * and the bundler must otherwise keep every call. `Class.extend` only builds a new constructor and
 * its prototype; what Leaflet adds to other classes (`Layer.include`, `Map.addInitHook`) is not
 * touched and stays.
 */
const leafletEsm = /[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/;
const classDefinition = /^(\s*var [A-Za-z$]+ = )([A-Za-z$]+\.extend\()/gm;

/** The plugin (applies to the build only). @returns {import('vite').Plugin} */
export function leafletPureClasses() {
  return {
    name: 'leaflet-pure-classes',
    apply: 'build',
    transform(code, id) {
      if (!leafletEsm.test(id)) return null;
      return { code: code.replace(classDefinition, '$1/*#__PURE__*/ $2'), map: null };
    },
  };
}
