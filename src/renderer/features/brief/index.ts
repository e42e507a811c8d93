/** The Brief tab: mount as <BriefView refreshKey={n} />. Clicked numbers call openRows(); the shell listens with useOpenRows. */
export { BriefView } from './BriefView';
export { figureRows, openRows, onOpenRows, useOpenRows, type OpenRowsRequest, type RowFilters } from './open-rows';
