import { lazy } from 'react';

/**
 * Each tab's view is its own chunk, loaded when the tab is first shown: the grid (AG Grid) and the
 * charts (Chart.js) are most of the renderer's code, and the toolbar and sidebar need neither, so
 * they paint before either is parsed.
 */
export const DashboardView = lazy(() => import('../dashboard').then((m) => ({ default: m.DashboardView })));
export const RecordsGrid = lazy(() => import('../records').then((m) => ({ default: m.RecordsGrid })));
export const ChartsView = lazy(() => import('../charts').then((m) => ({ default: m.ChartsView })));
export const BriefView = lazy(() => import('../brief').then((m) => ({ default: m.BriefView })));
export const BatchesView = lazy(() => import('../batches').then((m) => ({ default: m.BatchesView })));
