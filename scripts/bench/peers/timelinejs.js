// The site's events as a TimelineJS timeline, set up as its documentation shows (JSON data,
// the bundled CSS and JS, German locale), with script_path pointing at the local copy.
const parts = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};
benchData('events').then((events) => {
  const data = {
    title: { text: { headline: 'Bergkarabach 2023', text: 'Quelle: Reuters, 28. Nov. 2023' } },
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: parts(event.date.start),
      ...(event.date.end && event.date.end !== event.date.start ? { end_date: parts(event.date.end) } : {}),
      text: { headline: event.title.de, text: event.summary.de },
    })),
  };
  const timeline = new TL.Timeline('timeline-embed', data, { language: 'de', script_path: new URL('vendor/timelinejs/js/', location.href).href });
  timeline.on('ready', () => requestAnimationFrame(benchDrawn));
});
