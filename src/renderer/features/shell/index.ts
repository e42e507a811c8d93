/** The workspace: toolbar, sidebar, tabs and the features mounted in them. */
export { Workspace } from './Workspace';
