// The site's places on a Leaflet map whose base layer is the full world-atlas countries TopoJSON
// (1:50m) drawn as GeoJSON (no tile server), with one default marker and popup per place.
const map = L.map('map');
Promise.all([fetch('vendor/world-atlas/countries-50m.json').then((response) => response.json()), benchData('places')]).then(([world, places]) => {
  L.geoJSON(topojson.feature(world, world.objects.countries), { style: { color: '#888', weight: 1, fillColor: '#eee', fillOpacity: 1 } }).addTo(map);
  const markers = places.map((place) => L.marker([place.lat, place.lon]).bindPopup(place.names.de).addTo(map));
  map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [20, 20] });
  requestAnimationFrame(benchDrawn);
});
