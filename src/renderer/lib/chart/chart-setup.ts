import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

// Line, bar and stacked charts on a category axis, with titles and a bottom caption for exports.
// The zoom plugin is not registered globally: it binds pointer events, which an off-screen export canvas has none of.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  Filler,
  Legend,
  Title,
  SubTitle,
  Tooltip,
  annotationPlugin,
);

export { Chart };
