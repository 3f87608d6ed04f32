// The Themes panel: the thematic map and the thematic evolution of the bundle's time data, each
// with its caption and Save SVG / Save PNG, opened from the toolbar; hidden when the bundle has
// none (an older run).
import { byId } from '../dom';
import type { Store } from '../state';
import { plotFigure } from './figure';
import { sankeySvg } from './sankey';
import { thematicMapSvg } from './thematic-map';

export function mountPlots(store: Store, focusTheme: (community: number) => void): void {
  const time = store.bundle.time;
  const open = byId<HTMLButtonElement>('show-themes');
  const panel = byId('plots');
  if (!time || (time.themes.length === 0 && time.evolution.themes.length === 0)) return;
  open.hidden = false;
  const figure = (id: string, name: string, caption: string, svg: SVGSVGElement) => byId(id).replaceChildren(...plotFigure(svg, name, caption));
  figure('thematic-map-plot', 'thematic-map', 'Thematic map: term communities by centrality (links to other themes) and density (links inside). Click a theme to focus it in the term graph.',
    thematicMapSvg(time.themes, (community) => {
      panel.hidden = true;
      focusTheme(community);
    }));
  figure('evolution-plot', 'thematic-evolution', `Thematic evolution over ${time.evolution.slices.length} time slices: bands join themes sharing terms, as wide as their inclusion index.`, sankeySvg(time.evolution));
  open.addEventListener('click', () => (panel.hidden = !panel.hidden));
  byId('plots-close').addEventListener('click', () => (panel.hidden = true));
}
