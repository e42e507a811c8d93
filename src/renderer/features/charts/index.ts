/** The Charts tab: mount as <ChartsView refreshKey={n} />; bump refreshKey when imports or edits change the data. */
export { ChartsView } from './ChartsView';
