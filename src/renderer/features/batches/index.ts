/** The Imports tab: every import batch with its counts, and the rejected rows of the one selected. */
export { BatchesView } from './BatchesView';
