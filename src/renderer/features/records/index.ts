/** The Data tab: the editable grid of trade records, with its toolbar, source panel and the rows a figure opened. */
export { RecordsGrid } from './RecordsGrid';
