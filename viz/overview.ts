// The overview page (bibliometrix's descriptive analysis as plots), over the graph when the
// state says view = 'overview' (so the URL keeps it and Back leaves it). Built on first open:
// a page that never shows it pays nothing. Hidden when the bundle has no overview (an older run).
import './overview.css';

import { byId, el, formatNumber } from './dom';
import { overviewPlots } from './overview-plots';
import { plotFigure } from './plots/figure';
import type { Store } from './state';

export function mountOverview(store: Store): void {
  const overview = store.bundle.overview;
  const button = byId<HTMLButtonElement>('show-overview');
  const page = byId('overview');
  if (!overview) return;
  button.hidden = false;
  let built = false;
  const build = () => {
    const { papers, authors, sources, years } = overview;
    const span = years.length ? `, ${years[0]!.year}–${years.at(-1)!.year}` : '';
    const grid = el('div', { className: 'overview-grid' });
    for (const plot of overviewPlots(overview, store.bundle.graphs)) {
      const figure = el('figure', { className: 'plot overview-plot', attrs: { 'data-plot': plot.id } }, el('h3', {}, plot.title));
      if ('missing' in plot.content) figure.append(el('p', { className: 'missing' }, plot.content.missing));
      else figure.append(...plotFigure(plot.content.svg, `overview-${plot.id}`, plot.content.caption));
      grid.append(figure);
    }
    byId('overview-summary').textContent = `${formatNumber(papers)} papers, ${formatNumber(authors)} authors, ${formatNumber(sources)} sources${span}`;
    page.append(grid);
    built = true;
  };
  const show = () => {
    const open = store.state.view === 'overview';
    if (open && !built) build();
    page.hidden = !open;
    button.setAttribute('aria-pressed', String(open));
    document.body.classList.toggle('showing-overview', open);
  };
  button.addEventListener('click', () => store.update({ view: store.state.view === 'overview' ? 'graph' : 'overview' }));
  byId('overview-close').addEventListener('click', () => store.update({ view: 'graph' }));
  store.subscribe((state, previous) => {
    if (state.view !== previous.view) show();
  });
  show();
}
