import type { Grid } from '../../../core/model/cell.js';

/** A plan as people type it: a title (which may name the currency), the header in row 3, two campaigns. */
export function titledPlan(title: string): Grid {
  return [
    [title],
    [],
    ['Campaign', 'Owner', 'Jan 2027', 'Feb 2027'],
    ['Webinar series', 'Ann Owner', 1000, 2000],
    ['Trade fair', 'Cleo Owner', 500, 500],
  ];
}
