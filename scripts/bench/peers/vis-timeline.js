// The site's events in a vis-timeline (standalone build), one item per event; spans as ranges.
benchData('events').then((events) => {
  const items = new vis.DataSet(events.map((event) => ({
    id: event.id,
    content: event.title.de,
    title: event.summary.de,
    start: event.date.start,
    ...(event.date.end && event.date.end !== event.date.start ? { end: event.date.end, type: 'range' } : { type: 'point' }),
  })));
  const timeline = new vis.Timeline(document.getElementById('visualization'), items, { locale: 'de', zoomable: true });
  timeline.once('changed', benchDrawn);
});
