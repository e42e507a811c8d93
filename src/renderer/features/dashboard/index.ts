/** The Dashboard tab: mount as <DashboardView refreshKey={n} />. Numbers call openRows() (lib/open-rows). */
export { DashboardView } from './DashboardView';
