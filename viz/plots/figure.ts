// A plot as the page shows it: the SVG, then its caption with Save SVG / Save PNG buttons.
import { el } from '../dom';
import { downloadPng, downloadSvg } from './svg';

/** `name`: the saved file's name without extension. */
export function plotFigure(svg: SVGSVGElement, name: string, caption: string): Node[] {
  const save = (kind: 'svg' | 'png') => {
    const button = el('button', { className: 'small', attrs: { type: 'button', 'data-export': kind } }, `Save ${kind.toUpperCase()}`);
    button.addEventListener('click', () => void (kind === 'svg' ? downloadSvg(svg, name) : downloadPng(svg, name)));
    return button;
  };
  return [svg, el('figcaption', {}, caption, ' ', save('svg'), save('png'))];
}
