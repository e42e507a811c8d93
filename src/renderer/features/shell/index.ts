/** The workspace: toolbar, sidebar, tabs and the features mounted in them. */
export { Workspace } from './Workspace';
/** The toolbar alone, shown while the app learns which database is open. */
export { StartingFrame } from './Brand';
