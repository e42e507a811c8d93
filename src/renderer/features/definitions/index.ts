/** Named definitions: the sidebar section (list, New, Edit, Delete) and its dialog. */
export { DefinitionsSection } from './DefinitionsSection';
export { DefinitionDialog } from './DefinitionDialog';
export { DefinitionSelect } from './DefinitionSelect';
