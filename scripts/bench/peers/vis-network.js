// The site's relations as a vis-network graph with its default physics layout.
benchGraph().then(({ nodes, edges }) => {
  const data = {
    nodes: new vis.DataSet(nodes),
    edges: new vis.DataSet(edges.map((edge) => ({ ...edge, arrows: edge.directed ? 'to' : undefined, dashes: edge.tone < 0, color: edge.tone < 0 ? '#b2182b' : '#2166ac' }))),
  };
  const network = new vis.Network(document.getElementById('network'), data, {});
  network.once('afterDrawing', benchDrawn);
});
