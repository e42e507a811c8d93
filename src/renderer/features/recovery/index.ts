export { CorruptDatabaseScreen } from './CorruptDatabaseScreen';
export { useDatabaseStatus } from './use-database-status';
