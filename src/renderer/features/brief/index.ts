/** The Brief tab: mount as <BriefView refreshKey={n} />. Clicked numbers call openRows() (lib/open-rows); the grid listens with useOpenRows. */
export { BriefView } from './BriefView';
