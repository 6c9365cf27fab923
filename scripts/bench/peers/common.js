// Shared by the reference pages: loads the site's generated data and reports, once, that the
// peer tool has drawn its visual (a `peer-drawn` performance mark, read by the benchmark).
window.benchData = (name) => fetch(`data/${name}.json`).then((response) => response.json());
window.benchDrawn = () => {
  if (performance.getEntriesByName('peer-drawn').length === 0) performance.mark('peer-drawn');
};
