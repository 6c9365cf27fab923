// Nodes (the actors that take part in a relation) and edges (the relations), for the graph peers.
window.benchGraph = () => Promise.all([benchData('actors'), benchData('relations')]).then(([actors, relations]) => {
  const used = new Set(relations.flatMap((relation) => [relation.from, relation.to]));
  return {
    nodes: actors.filter((actor) => used.has(actor.id)).map((actor) => ({ id: actor.id, label: actor.short?.de ?? actor.name.de })),
    edges: relations.map((relation) => ({ id: relation.id, from: relation.from, to: relation.to, label: relation.label.de, tone: relation.tone, directed: relation.directed })),
  };
});
