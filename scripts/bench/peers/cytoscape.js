// The site's relations as a Cytoscape.js graph with its built-in force layout (cose).
benchGraph().then(({ nodes, edges }) => {
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: [
      ...nodes.map((node) => ({ data: { id: node.id, label: node.label } })),
      ...edges.map((edge) => ({ data: { id: edge.id, source: edge.from, target: edge.to, label: edge.label, tone: edge.tone, directed: edge.directed ? 1 : 0 } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': '#555' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, 'curve-style': 'bezier', width: 2, 'line-color': '#2166ac' } },
      { selector: 'edge[tone < 0]', style: { 'line-style': 'dashed', 'line-color': '#b2182b' } },
      { selector: 'edge[directed = 1]', style: { 'target-arrow-shape': 'triangle' } },
    ],
    layout: { name: 'cose', animate: false },
  });
  cy.one('render', benchDrawn);
});
