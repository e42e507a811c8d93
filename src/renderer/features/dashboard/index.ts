/** The Dashboard tab: mount as <DashboardView refreshKey={n} />. Numbers call openRows() (see ../brief/open-rows). */
export { DashboardView } from './DashboardView';
