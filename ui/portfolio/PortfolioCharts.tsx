import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { PortfolioDto } from '../../core/index.js';
import { usePane } from '../PaneContext.js';
import { waterfallBars } from './waterfallBars.js';

// Only what the two charts use, so the chart chunk stays small.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

/** The DoI waterfall and plan vs actual per period. Loaded in its own chunk; the figures above are the text alternative. */
export default function PortfolioCharts({ portfolio }: { portfolio: PortfolioDto }) {
  const waterfall = useRef<HTMLCanvasElement>(null);
  const series = useRef<HTMLCanvasElement>(null);
  const { format } = usePane();

  useEffect(() => {
    const money = (v: number | string) => format.money(Number(v));
    const charts: Chart[] = [];
    const w = waterfall.current?.getContext('2d');
    if (w) {
      const bars = waterfallBars(portfolio.byDoi);
      charts.push(
        new Chart(w, {
          type: 'bar',
          data: {
            labels: bars.map((b) => b.label),
            datasets: [
              {
                label: 'Plan total by DoI level',
                data: bars.map((b) => [b.from, b.to] as [number, number]),
                backgroundColor: bars.map((b) => (b.total ? '#0f6cbd' : '#79b8f3')),
              },
            ],
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false } },
            scales: { y: { ticks: { callback: money } } },
          },
        }),
      );
    }
    const l = series.current?.getContext('2d');
    if (l) {
      charts.push(
        new Chart(l, {
          type: 'line',
          data: {
            labels: portfolio.periods,
            datasets: [
              {
                label: 'Plan',
                data: portfolio.planByPeriod,
                borderColor: '#0f6cbd',
                backgroundColor: '#0f6cbd',
              },
              {
                label: 'Actual',
                data: portfolio.actualByPeriod,
                borderColor: '#107c10',
                backgroundColor: '#107c10',
              },
              {
                label: 'Estimate',
                data: portfolio.estimateByPeriod,
                borderColor: '#bc4b09',
                backgroundColor: '#bc4b09',
                borderDash: [4, 4],
              },
            ],
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { ticks: { callback: money } } },
          },
        }),
      );
    }
    return () => charts.forEach((c) => c.destroy());
  }, [portfolio, format]);

  return (
    <>
      <figure style={{ margin: 0, height: 220 }}>
        <canvas ref={waterfall} role="img" aria-label="DoI waterfall: plan total per level, cumulative" />
      </figure>
      <figure style={{ margin: 0, height: 220 }}>
        <canvas ref={series} role="img" aria-label="Plan, actual and estimate per period" />
      </figure>
    </>
  );
}
